import { copyBoardReport } from '../../src/taskpane/clipboard/copyBoardReport';
import { sampleResult } from './sampleResult';
import { KEY_ROWS, keyWorkbook } from '../engine/dashboard/keyWorkbook';

class RecordingClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function fakeClipboard() {
  const written: { items?: Record<string, Blob>[]; text?: string } = {};
  const clipboard = {
    write: async (items: RecordingClipboardItem[]) => {
      written.items = items.map((item) => item.items);
    },
    writeText: async (text: string) => {
      written.text = text;
    },
  };
  return { clipboard: clipboard as unknown as Clipboard, written };
}

describe('copyBoardReport', () => {
  afterEach(() => {
    delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  });

  test('writes the table as HTML and as tab-separated text', async () => {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = RecordingClipboardItem;
    const { clipboard, written } = fakeClipboard();
    await expect(copyBoardReport(sampleResult, clipboard)).resolves.toBe('html');
    const [item] = written.items ?? [];
    const html = await item['text/html'].text();
    const text = await item['text/plain'].text();
    expect(html).toContain('<table');
    expect(html).toContain(sampleResult.indicators[0].indicator.replace(/&/g, '&amp;'));
    expect(text).toMatch(/Supporting Indicators\t/);
  });

  test('falls back to plain text where the browser cannot write HTML', async () => {
    const { clipboard, written } = fakeClipboard();
    await expect(copyBoardReport(sampleResult, clipboard)).resolves.toBe('text');
    expect(written.text).toContain(sampleResult.indicators[0].indicator);
  });

  test('copies the key the calculation used and the § mark of a blocked row (issue 7)', async () => {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = RecordingClipboardItem;
    // Significance and worst; Theft listed twice, so its second row is blocked (V006).
    const result = keyWorkbook(
      [
        ['Direction method', 'significance'],
        ['Overall RAG method', 'worst'],
      ],
      [...KEY_ROWS, ['Crime', 'Theft', 'Low is good', 'Rate per 100,000', 5, 100, 6, 100]],
    );
    const { clipboard, written } = fakeClipboard();
    await copyBoardReport(result, clipboard);
    const [item] = written.items ?? [];
    for (const copied of [await item['text/html'].text(), await item['text/plain'].text()]) {
      expect(copied).toContain('Stable: no statistically significant change, at the 95% confidence level');
      expect(copied).toContain('the worst colour among them');
      expect(copied).not.toContain('Stable: the change was within');
      expect(copied).toContain('§ Not calculated');
      expect(copied).toContain('§ Theft: Not calculated: the figures have a data error to correct (see the Validation findings).');
    }
  });
});
