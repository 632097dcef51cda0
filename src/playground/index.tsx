import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createFakeOffice } from '../hosts/fakeExcel/createFakeOffice';
import { memorySettings } from './memorySettings';
import { Playground } from './Playground';
import { fetchWorkbook, storeFromWorkbook } from './PlaygroundWorkbook';

// The playground's entry: load the sample workbook into the fake Excel, install the fake as the
// Office/Excel globals the real add-in code uses, then render the grid beside the task pane.
async function start(container: HTMLElement): Promise<void> {
  const workbook = await fetchWorkbook();
  const store = storeFromWorkbook(workbook);
  // ?protect=Indicators protects a sheet, to try the add-in's refusal to write into it.
  for (const name of new URLSearchParams(location.search).getAll('protect')) if (store.sheet(name)) store.protect(name);
  const { Office: fakeOffice, Excel, fake } = createFakeOffice(store);
  // The fake has no document settings; the pane reads the ribbon's last run there.
  const Office = { ...fakeOffice, context: { ...fakeOffice.context, document: { settings: memorySettings() } } };
  Object.assign(window, { Office, Excel, saferDashboardFake: fake });
  await Office.onReady();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <Playground store={store} workbookName={workbook.name} />
    </FluentProvider>,
  );
}

const container = document.getElementById('container');
if (container) {
  start(container).catch((error: unknown) => {
    container.textContent = `The playground could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
}
