/* The task pane in the playground, driven like a reviewer would, in order on one page:
 * open → keyboard to Calculate dashboard → results in the grid → findings select their cells. */
const assert = require('assert');
const path = require('path');

const grid = '[data-testid="grid"]';
const pane = '[data-testid="taskpane"]';

/** The grid's selection as "Sheet!A1" (empty when nothing is selected on the shown sheet). */
function gridSelection(page) {
  return page.locator(grid).getAttribute('data-selected');
}

async function expectSelection(page, expected) {
  await page.waitForFunction(
    ([selector, want]) => document.querySelector(selector)?.getAttribute('data-selected') === want,
    [grid, expected],
    { timeout: 5000 },
  ).catch(async () => assert.fail(`grid selection is ${await gridSelection(page)}, expected ${expected}`));
}

async function showFindings(page) {
  await page.locator(pane).getByRole('tab', { name: /^Findings/ }).click();
  const rows = page.locator(`${pane} [data-finding-cell]`);
  await rows.first().waitFor({ timeout: 5000 }).catch(() => assert.fail('the Findings tab lists no findings to click'));
  return rows;
}

exports.tests = [
  {
    name: 'opens the playground: the sample workbook as a grid beside the task pane',
    async run({ page, url, pageErrors }) {
      await page.goto(url);
      await page.locator(grid).waitFor();
      await page.locator(pane).getByRole('button', { name: 'Calculate dashboard' }).waitFor();
      assert.ok((await page.locator(`${grid} [role="tab"]`).count()) > 0, 'the grid shows sheet tabs');
      assert.deepStrictEqual(pageErrors, [], 'no errors in the page console');
    },
  },
  {
    name: 'keyboard only: Tab reaches Calculate dashboard, Enter runs it, the summary appears',
    async run({ page, resultsDir }) {
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      let focused = '';
      for (let presses = 0; presses < 60 && focused !== 'Calculate dashboard'; presses++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      }
      assert.strictEqual(focused, 'Calculate dashboard', 'Tab reaches the Calculate dashboard button');
      await page.keyboard.press('Enter');
      const summary = page.locator(`${pane} [data-testid="summary"]`);
      await summary.waitFor({ timeout: 30_000 });
      const text = await summary.innerText();
      for (const word of ['Indicators', 'Outcomes', 'Errors', 'Warnings', 'Time']) assert.ok(text.includes(word), `summary shows ${word}`);
      assert.strictEqual(await page.locator(`${pane} [data-testid="host-error"]`).count(), 0, 'no error message after calculating');
      await page.locator(pane).screenshot({ path: path.join(resultsDir, 'taskpane.png') });
      await page.screenshot({ path: path.join(resultsDir, 'playground.png') });
    },
  },
  {
    name: "the grid shows ↓ and A on Total crime's row",
    async run({ page }) {
      const tab = page.locator(`${grid} [role="tab"]`, { hasText: /indicator/i }).first();
      if (await tab.count()) await tab.click();
      const row = page.locator(`${grid} tbody tr`, { hasText: /total crime/i }).first();
      await row.waitFor({ timeout: 5000 }).catch(() => assert.fail('no Total crime row in the grid'));
      const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
      assert.ok(cells.includes('↓'), `Total crime's row has ↓ (cells: ${cells.join(' | ')})`);
      assert.ok(cells.includes('A'), `Total crime's row has A (cells: ${cells.join(' | ')})`);
    },
  },
  {
    name: "clicking a finding moves the grid's selection to its cell",
    async run({ page, resultsDir }) {
      const rows = await showFindings(page);
      const target = rows.first();
      const cell = await target.getAttribute('data-finding-cell');
      await target.click();
      await expectSelection(page, cell);
      await page.locator(pane).screenshot({ path: path.join(resultsDir, 'taskpane-findings.png') });
    },
  },
  {
    name: 'pressing Enter on a finding selects its cell',
    async run({ page }) {
      const rows = await showFindings(page);
      // Another finding than the one clicked before, when there is one, so the selection must move.
      const target = rows.nth((await rows.count()) > 1 ? (await rows.count()) - 1 : 0);
      const cell = await target.getAttribute('data-finding-cell');
      await page.locator(`${grid} td[data-address="A1"]`).click(); // start somewhere else
      await target.focus();
      await page.keyboard.press('Enter');
      await expectSelection(page, cell);
    },
  },
  {
    name: 'Copy for board report puts the table on the clipboard as text/html, read back from the page',
    async run({ page, url }) {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      await page.locator(pane).getByRole('tab', { name: /^Dashboard/ }).click();
      // Start from a calculation, so the copy holds this run's results.
      await page.locator(pane).getByRole('button', { name: 'Calculate dashboard' }).click();
      await page.locator(`${pane} [data-testid="summary"]`).waitFor({ timeout: 30_000 });
      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      await page.locator(pane).getByRole('button', { name: 'Copy for board report' }).click();
      await page.locator(pane).getByText(/Dashboard table copied/).waitFor({ timeout: 10_000 });
      const copied = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const out = {};
        for (const item of items) for (const type of item.types) out[type] = await (await item.getType(type)).text();
        return out;
      });
      assert.ok(copied['text/html'], `the clipboard holds text/html (types: ${Object.keys(copied).join(', ')})`);
      const html = copied['text/html'];
      // Parse the copied HTML in the page and find Total crime's row in its table.
      const row = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'text/html');
        const tr = [...doc.querySelectorAll('table tr')].find((r) => r.textContent.includes('Total Crime rate'));
        return tr ? [...tr.querySelectorAll('td')].map((td) => ({ text: td.textContent.trim(), style: td.getAttribute('style') || '' })) : null;
      }, html);
      assert.ok(row, 'the copied table has a Total Crime rate row');
      const texts = row.map((cell) => cell.text);
      assert.ok(texts.includes('↓'), `Total crime's copied row has ↓ (cells: ${texts.join(' | ')})`);
      const rag = row.find((cell) => cell.text === 'A' && /background/i.test(cell.style));
      assert.ok(rag, 'the Progress A cell carries its fill inline, so Word keeps it');
      assert.match(html, /border:1px solid #000000/, 'cells carry inline borders');
      assert.match(html, /rowspan="4"/, 'the crime outcome is merged over its four indicators');
      assert.ok((copied['text/plain'] || '').includes('Total Crime rate (per 1,000 population)\t47.21\t51.61\t↓\tA'), 'text/plain is tab-separated');
    },
  },
  {
    name: 'a protected sheet gives a message, not a crash, and nothing is written',
    async run({ page, url }) {
      await page.goto(`${url}?protect=Indicators`);
      await page.locator(`${pane} [role="tab"]`).first().waitFor();
      const before = await page.evaluate(() => JSON.stringify(window.saferDashboardFake.store.requireSheet('Indicators').toGrid()));
      await page.locator(pane).getByRole('button', { name: 'Calculate dashboard' }).click();
      const message = page.locator(`${pane} [data-testid="host-error"]`);
      await message.waitFor({ timeout: 30_000 }).catch(() => assert.fail('no error message for the protected sheet'));
      assert.match(await message.innerText(), /protected/i);
      const after = await page.evaluate(() => JSON.stringify(window.saferDashboardFake.store.requireSheet('Indicators').toGrid()));
      assert.strictEqual(after, before, 'the protected sheet is unchanged');
      await page.locator(pane).getByRole('button', { name: 'Dismiss error' }).click();
      assert.strictEqual(await message.count(), 0, 'the message can be dismissed');
    },
  },
];
