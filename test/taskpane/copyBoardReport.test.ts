import { copyBoardReport } from '../../src/taskpane/clipboard/copyBoardReport';
import { sampleResult } from './sampleResult';

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
});
