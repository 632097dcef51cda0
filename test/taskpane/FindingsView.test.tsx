import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { FindingsView } from '../../src/taskpane/components/FindingsView';
import { initialDashboardState } from '../../src/taskpane/state/dashboardReducer';
import { sampleResult } from './sampleResult';

describe('FindingsView', () => {
  test('sheets whose names differ only in punctuation get their own heading ids', () => {
    const finding = sampleResult.findings[0];
    const result = { ...sampleResult, findings: [{ ...finding, sheet: 'Q1 2016' }, { ...finding, sheet: 'Q1-2016' }] };
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <FindingsView state={{ ...initialDashboardState, result }} onFilter={() => undefined} onSelect={() => undefined} />
      </FluentProvider>,
    );
    const ids = [...html.matchAll(/<h3[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const labelled = [...html.matchAll(/<section[^>]* aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(labelled).toEqual(ids);
  });
});
