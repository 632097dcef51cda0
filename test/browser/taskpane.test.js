/* The task pane in the playground, driven like a reviewer would, in order on one page:
 * open → keyboard to Calculate dashboard → progress, focus and Explain → results in the grid →
 * findings select their cells → copy → refusals (a protected sheet, the ribbon's run, a deleted sheet). */
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

/** The element with focus: its role, whether it is the selected tab, and its text. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { role: element?.getAttribute('role') ?? element?.tagName.toLowerCase(), selected: element?.getAttribute('aria-selected'), text: element?.textContent?.trim() ?? '' };
  });
}

/** Selects a cell in the grid, on the sheet named, as the reviewer would with a click. */
async function selectGridCell(page, sheet, address) {
  await page.locator(`${grid} [role="tab"]`, { hasText: sheet }).first().click();
  await page.locator(`${grid} td[data-address="${address}"]`).click();
  await expectSelection(page, `${sheet}!${address}`);
}

/** Selects the cell, presses Explain selected cell, and returns the explanation once it names that cell. */
async function explain(page, sheet, address) {
  await selectGridCell(page, sheet, address);
  await page.locator(pane).getByRole('button', { name: 'Explain selected cell' }).click();
  const explanation = page.locator(`${pane} [data-testid="explanation"]`);
  await explanation.filter({ hasText: `${sheet}!${address}` }).waitFor({ timeout: 5000 });
  return explanation.innerText();
}

/**
 * Records what screen readers are told: Fluent's announcer calls document.ariaNotify where the
 * browser has it, so this stands in for (and passes on to) the browser's own. Runs before the page's scripts.
 */
function recordAnnouncements() {
  window.announced = [];
  const own = Document.prototype.ariaNotify;
  Document.prototype.ariaNotify = function ariaNotify(message, options) {
    window.announced.push(message);
    return own?.call(this, message, options);
  };
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
    name: 'progress paints "Validating and calculating…" before the calculation, and never "Done…"',
    async run({ page }) {
      // Record the status line as each frame is painted (a frame callback runs just before its paint).
      await page.evaluate((selector) => {
        window.painted = [];
        window.recording = true;
        const record = () => {
          const text = document.querySelector(selector)?.textContent ?? '';
          if (window.painted[window.painted.length - 1] !== text) window.painted.push(text);
          if (window.recording) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      }, `${pane} [role="status"]`);
      await page.locator(pane).getByRole('button', { name: 'Calculate dashboard' }).click();
      await page
        .waitForFunction(() => window.painted.length > 1 && /^Calculated \d+ indicators? in /.test(window.painted[window.painted.length - 1]), null, { timeout: 30_000 })
        .catch(async () => assert.fail(`the calculation did not finish (status painted: ${JSON.stringify(await page.evaluate(() => window.painted))})`));
      const painted = await page.evaluate(() => {
        window.recording = false;
        return window.painted;
      });
      assert.ok(painted.includes('Validating and calculating…'), `the step was painted (status painted: ${JSON.stringify(painted)})`);
      assert.ok(!painted.some((text) => /Done/.test(text)), `no "Done…" label (status painted: ${JSON.stringify(painted)})`);
      // The status line, which screen readers announce, says what was found, not only the time.
      assert.match(painted[painted.length - 1], /^Calculated 12 indicators in [\d.]+ m?s: \d+ errors?, \d+ warnings?\.$/);
    },
  },
  {
    name: '"Show all N findings" opens the Findings tab with focus on it, not lost to the page',
    async run({ page }) {
      const link = page.locator(pane).getByRole('button', { name: /^Show all \d+ findings$/ });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.locator(`${pane} [data-finding-cell]`).first().waitFor({ timeout: 5000 });
      const now = await focused(page);
      assert.deepStrictEqual({ role: now.role, selected: now.selected }, { role: 'tab', selected: 'true' }, `focus is on ${JSON.stringify(now)}`);
      assert.match(now.text, /^Findings/);
      await page.locator(pane).getByRole('tab', { name: /^Dashboard/ }).click();
    },
  },
  {
    name: "Explain on an Overall Progress RAG cell explains the outcome's roll-up; on a Risk Matrix row, its rating",
    async run({ page }) {
      // P5: Total crime's Overall Progress RAG; its outcome's RAGs are A, A, A, R.
      const overall = await explain(page, 'Indicators', 'P5');
      assert.match(overall, /Overall Progress RAG of Ongoing reductions in crime/);
      assert.match(overall, /The mean of the outcome's 4 Progress RAGs \(3 Amber, 1 Red\).* is 1\.75, which rounds half up to Amber\./);
      const risk = await explain(page, 'Risk Matrix', 'B5');
      assert.match(risk, /Domestic abuse/);
      assert.match(risk, /Risk rating: HIGH/);
      assert.match(risk, /Probability 15 \(typed\) × harm score 16/);
    },
  },
  {
    name: "the grid shows ↓ and A on Total crime's row",
    async run({ page }) {
      const tab = page.locator(`${grid} [role="tab"]`, { hasText: /indicator/i }).first();
      if (await tab.count()) await tab.click();
      const row = page.locator(`${grid} tbody tr`, { hasText: /total crime/i }).first();
      await row.waitFor({ timeout: 5000 }).catch(() => assert.fail('no Total crime row in the grid'));
      // Read by column header: the row's Overall Progress RAG is A too, so "some cell says A" proves nothing.
      const under = (header) => page.evaluate(([selector, text]) => {
        const heading = [...document.querySelectorAll(`${selector} td[data-address]`)].find((td) => td.innerText.trim() === text);
        if (!heading) return `no "${text}" header`;
        const column = heading.getAttribute('data-address').replace(/\d+$/, '');
        const row = [...document.querySelectorAll(`${selector} tbody tr`)].find((tr) => /total crime/i.test(tr.innerText));
        const number = row?.querySelector('td[data-address]')?.getAttribute('data-address').replace(/^[A-Z]+/, '');
        return row?.querySelector(`td[data-address="${column}${number}"]`)?.innerText.trim() ?? 'no cell';
      }, [grid, header]);
      assert.strictEqual(await under('Direction of travel'), '↓', "Total crime's Direction of travel");
      assert.strictEqual(await under('Progress RAG'), 'A', "Total crime's Progress RAG");
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
    name: 'a protected sheet gives a message, announced to screen readers, not a crash, and nothing is written',
    async run({ page, url }) {
      await page.addInitScript(recordAnnouncements);
      await page.goto(`${url}?protect=Indicators`);
      await page.locator(`${pane} [role="tab"]`).first().waitFor();
      const before = await page.evaluate(() => JSON.stringify(window.saferDashboardFake.store.requireSheet('Indicators').toGrid()));
      await page.locator(pane).getByRole('button', { name: 'Calculate dashboard' }).click();
      const message = page.locator(`${pane} [data-testid="host-error"]`);
      await message.waitFor({ timeout: 30_000 }).catch(() => assert.fail('no error message for the protected sheet'));
      assert.match(await message.innerText(), /protected/i);
      const after = await page.evaluate(() => JSON.stringify(window.saferDashboardFake.store.requireSheet('Indicators').toGrid()));
      assert.strictEqual(after, before, 'the protected sheet is unchanged');
      const announced = await page.evaluate(() => window.announced);
      assert.ok(announced.some((text) => /Could not complete Nothing was written.*protected/is.test(text)), `the message was announced (announced: ${JSON.stringify(announced)})`);
      await page.locator(pane).getByRole('button', { name: 'Dismiss error' }).focus();
      await page.keyboard.press('Enter');
      assert.strictEqual(await message.count(), 0, 'the message can be dismissed');
      const now = await focused(page);
      assert.deepStrictEqual(now, { role: 'tab', selected: 'true', text: 'Dashboard' }, 'focus moves to the selected tab, not to the page');
    },
  },
  {
    name: "a refused run of the ribbon's Calculate dashboard is shown, and announced, when the pane regains focus",
    async run({ page }) {
      await page.evaluate(() => {
        // What src/commands/commands.ts leaves in the document after a refused run.
        const run = { at: '2017-06-08T10:00:00.000Z', ok: false, message: 'Nothing was written. Sheet Indicators is protected.' };
        window.Office.context.document.settings.set('saferDashboard.lastRibbonRun', run);
        window.dispatchEvent(new Event('focus'));
      });
      const message = page.locator(`${pane} [data-testid="host-error"]`);
      await message.waitFor({ timeout: 5000 }).catch(() => assert.fail("no message for the ribbon's refused run"));
      assert.match(await message.innerText(), /Calculate dashboard on the ribbon \(.*2017.*\) did not complete\. Nothing was written\. Sheet Indicators is protected\./);
      const announced = await page.evaluate(() => window.announced);
      assert.ok(announced.some((text) => /on the ribbon/.test(text)), `the message was announced (announced: ${JSON.stringify(announced)})`);
    },
  },
  {
    name: "a finding whose sheet was deleted since the calculation says so in words, not in Excel's",
    async run({ page, url }) {
      await page.goto(url);
      await page.locator(pane).getByRole('button', { name: 'Calculate dashboard' }).click();
      await page.locator(`${pane} [data-testid="summary"]`).waitFor({ timeout: 30_000 });
      const rows = await showFindings(page);
      const target = rows.first();
      const cell = await target.getAttribute('data-finding-cell');
      const sheet = cell.slice(0, cell.lastIndexOf('!')).replace(/^'(.*)'$/, '$1');
      await page.evaluate((name) => window.saferDashboardFake.store.removeSheet(name), sheet);
      await target.click();
      const message = page.locator(`${pane} [data-testid="host-error"]`);
      await message.waitFor({ timeout: 5000 }).catch(() => assert.fail('no message for the missing sheet'));
      assert.match(await message.innerText(), new RegExp(`Could not go to ${cell.replace(/[!'()]/g, '\\$&')}: the sheet "${sheet}" was not found \\(renamed or deleted\\?\\)\\. Calculate again\\.`));
    },
  },
];
