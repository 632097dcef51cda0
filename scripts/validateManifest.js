#!/usr/bin/env node
/* `npm run validate`: Microsoft's validator (office-addin-manifest validate) when its online service
 * answers; otherwise a local check of the manifest's shape against the add-in-only XML schema rules
 * that matter here (element order, required elements, resource references, string lengths, icons).
 * Usage: node scripts/validateManifest.js [manifest.xml] [--offline] */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const xml2js = require('xml2js');

const args = process.argv.slice(2);
const offlineOnly = args.includes('--offline');
const manifestPath = path.resolve(args.find((a) => !a.startsWith('--')) || 'manifest.xml');

function online() {
  const bin = require.resolve('office-addin-manifest/lib/cli.js');
  const run = spawnSync(process.execPath, [bin, 'validate', manifestPath], { encoding: 'utf8', timeout: 60_000 });
  const output = `${run.stdout || ''}${run.stderr || ''}`;
  if (/Unable to contact|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(output) || run.error) return { reached: false, output };
  return { reached: true, ok: run.status === 0 && !/not valid/i.test(output), output };
}

const OFFICEAPP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'AllowSnapshot', 'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

function pngSize(file) {
  const buffer = fs.readFileSync(file);
  if (buffer.toString('ascii', 1, 4) !== 'PNG') return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function offline() {
  const problems = [];
  const text = fs.readFileSync(manifestPath, 'utf8');
  const doc = await xml2js.parseStringPromise(text, { explicitChildren: true, preserveChildrenOrder: true, explicitArray: true });
  const app = doc.OfficeApp;
  if (!app) return ['The root element must be OfficeApp.'];
  if (app.$?.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') problems.push('OfficeApp must use the appforoffice/1.1 namespace.');
  if (app.$?.['xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp.');

  const children = (app.$$ || []).map((c) => c['#name']);
  for (const name of REQUIRED) if (!children.includes(name)) problems.push(`Missing required element ${name}.`);
  let last = -1;
  for (const name of children) {
    const at = OFFICEAPP_ORDER.indexOf(name);
    if (at < 0) problems.push(`Unexpected element ${name} under OfficeApp.`);
    else if (at < last) problems.push(`Element ${name} is out of the schema's order.`);
    else last = at;
  }
  const value = (name) => app[name]?.[0];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value('Id'))) problems.push('Id must be a GUID.');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(value('Version'))) problems.push('Version must look like 1.0.0.0.');
  if (!PERMISSIONS.includes(value('Permissions'))) problems.push(`Permissions must be one of ${PERMISSIONS.join(', ')}.`);
  if ((value('DisplayName')?.$?.DefaultValue || '').length > 125) problems.push('DisplayName is longer than 125 characters.');
  if ((value('Description')?.$?.DefaultValue || '').length > 250) problems.push('Description is longer than 250 characters.');
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const url = value(name)?.$?.DefaultValue;
    if (url && !url.startsWith('https://')) problems.push(`${name} must be an https URL.`);
  }
  const source = app.DefaultSettings?.[0]?.SourceLocation?.[0]?.$?.DefaultValue;
  if (!source?.startsWith('https://')) problems.push('DefaultSettings/SourceLocation must be an https URL.');
  const hosts = (app.Hosts?.[0]?.Host || []).map((h) => h.$?.Name);
  if (!hosts.includes('Workbook')) problems.push('Hosts must include Workbook (Excel).');

  const overrides = value('VersionOverrides');
  if (overrides) problems.push(...checkOverrides(overrides));
  return problems;
}

function checkOverrides(overrides) {
  const problems = [];
  const resources = overrides.Resources?.[0] || {};
  const defined = {
    image: new Map((resources['bt:Images']?.[0]?.['bt:Image'] || []).map((r) => [r.$.id, r.$.DefaultValue])),
    url: new Map((resources['bt:Urls']?.[0]?.['bt:Url'] || []).map((r) => [r.$.id, r.$.DefaultValue])),
    short: new Map((resources['bt:ShortStrings']?.[0]?.['bt:String'] || []).map((r) => [r.$.id, r.$.DefaultValue])),
    long: new Map((resources['bt:LongStrings']?.[0]?.['bt:String'] || []).map((r) => [r.$.id, r.$.DefaultValue])),
  };
  for (const [id, text] of defined.short) if (text.length > 125) problems.push(`Short string ${id} is longer than 125 characters.`);
  for (const [id, text] of defined.long) if (text.length > 250) problems.push(`Long string ${id} is longer than 250 characters.`);
  for (const [id, url] of [...defined.image, ...defined.url]) if (!url.startsWith('https://')) problems.push(`Resource ${id} must be an https URL.`);

  // Which resource table each resid-bearing element draws from.
  const kinds = { 'bt:Image': 'image', SourceLocation: 'url', FunctionFile: 'url', LearnMoreUrl: 'url', Label: 'short', Title: 'short', Description: 'long' };
  const controlIds = new Set();
  (function walk(node, name, parent) {
    if (!node || typeof node !== 'object') return;
    const resid = node.$?.resid;
    if (resid) {
      let kind = kinds[name];
      if (name === 'Title' && parent === 'GetStarted') kind = 'short';
      if (name === 'Description' && parent === 'GetStarted') kind = 'long';
      if (kind && !defined[kind].has(resid)) problems.push(`${name} refers to ${resid}, which is not defined as a ${kind} resource.`);
    }
    if (name === 'Control') {
      const id = node.$?.id;
      if (controlIds.has(id)) problems.push(`Control id ${id} is used twice.`);
      controlIds.add(id);
      const action = node.Action?.[0];
      const type = action?.$?.['xsi:type'];
      if (type === 'ExecuteFunction' && !action.FunctionName?.[0]) problems.push(`Control ${id}: ExecuteFunction needs a FunctionName.`);
      if (type === 'ShowTaskpane' && !action.SourceLocation?.[0]?.$?.resid) problems.push(`Control ${id}: ShowTaskpane needs a SourceLocation.`);
      if (!type) problems.push(`Control ${id} has no Action.`);
    }
    for (const child of node.$$ || []) walk(child, child['#name'], name);
  })(overrides, 'VersionOverrides');

  // Icons served from assets/ must exist at the declared pixel size.
  for (const [id, url] of defined.image) {
    const file = path.join(path.dirname(manifestPath), 'assets', url.split('/assets/')[1] || '');
    const size = fs.existsSync(file) ? pngSize(file) : undefined;
    const declared = Number(/(\d+)x\1/.exec(id)?.[1]);
    if (!size) problems.push(`Image ${id}: ${url} is not a PNG in assets/.`);
    else if (declared && (size.width !== declared || size.height !== declared)) problems.push(`Image ${id} is ${size.width}×${size.height}, not ${declared}×${declared}.`);
  }
  return problems;
}

(async () => {
  if (!offlineOnly) {
    const result = online();
    if (result.reached) {
      process.stdout.write(result.output);
      process.exit(result.ok ? 0 : 1);
    }
    console.log('The online manifest validation service could not be reached; checking the manifest locally instead.');
  }
  const problems = await offline();
  if (problems.length) {
    for (const problem of problems) console.error(`✖ ${problem}`);
    console.error(`${path.basename(manifestPath)} is not valid (local check, ${problems.length} problem${problems.length > 1 ? 's' : ''}).`);
    process.exit(1);
  }
  console.log(`${path.basename(manifestPath)} passed the local shape check (not Microsoft's full validation: run online for that).`);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
