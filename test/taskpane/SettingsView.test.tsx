import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { SettingsView } from '../../src/taskpane/components/SettingsView';
import { initialDashboardState } from '../../src/taskpane/state/dashboardReducer';
import type { DashboardActions } from '../../src/taskpane/state/useDashboard';

const description = "How an outcome's RAGs combine: mean, worst, or majority.";

/** The page's visible text: tags (and so any title attribute) removed. */
function visibleText(html: string): string {
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

describe('SettingsView', () => {
  test("each setting's description is visible text under its name, not only a tooltip", () => {
    const state = { ...initialDashboardState, settings: [{ name: 'Overall RAG method', value: 'mean', description, source: 'default' as const }] };
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <SettingsView state={state} actions={{ loadSettings: async () => undefined } as unknown as DashboardActions} />
      </FluentProvider>,
    );
    expect(visibleText(html)).toContain(`Overall RAG method ${description}`);
  });

  test('names the sheet the settings are read from, and says when it has no Setting | Value table', () => {
    const render = (settingsSheet: { name: string; hasTable: boolean }) =>
      visibleText(
        renderToStaticMarkup(
          <FluentProvider theme={webLightTheme}>
            <SettingsView state={{ ...initialDashboardState, settingsSheet }} actions={{ loadSettings: async () => undefined } as unknown as DashboardActions} />
          </FluentProvider>,
        ),
      );
    expect(render({ name: 'Options', hasTable: true })).toContain('Settings are read from the sheet "Options"');
    expect(render({ name: 'settings', hasTable: false })).toContain('The sheet "settings" has no Setting | Value header row, so every setting is its default.');
  });
});
