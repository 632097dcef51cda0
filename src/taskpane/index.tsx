import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../hosts/office/OfficeHost';
import { App } from './components/App';

// The task pane's entry: wait for Office, build the Office.js host, hand it to the App.
Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={new OfficeHost()} />
    </FluentProvider>,
  );
});
