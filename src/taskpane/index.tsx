import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../hosts/office/OfficeHost';
import { App } from './components/App';
import { readLastRibbonRun } from './readLastRibbonRun';
import type { TaskpanePort } from './TaskpanePort';

// The task pane's entry: wait for Office, build the Office.js host, hand it to the App.
Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const port: TaskpanePort = Object.assign(new OfficeHost(), {
    // async, so a host without document settings rejects (and the pane carries on) rather than throws.
    readLastRibbonRun: async () => readLastRibbonRun(Office.context.document.settings),
  });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
});
