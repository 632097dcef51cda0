/* Webpack build for the add-in, in the shape of Microsoft's Office add-in task-pane template:
 * named entries, one HTML page per entry, assets and manifest copied with the URL rewrite.
 * Differences: one TypeScript loader (ts-loader; `npm run typecheck` checks types), no IE11
 * polyfills, output under dist/addin so it never clears the command line's dist/cli. */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
/** Where the production build is deployed. CHANGE THIS to the real hosting address. */
const urlProd = 'https://safer-dashboard.example.org/';

const entries = {
  taskpane: { import: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  commands: { import: './src/commands/commands.ts', template: './src/commands/commands.html' },
  // The local playground: the task pane over the fake Excel, no Office needed (scripts/playground.js).
  playground: { import: './src/playground/index.tsx', template: './src/playground/playground.html' },
};

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (error) {
    // Without the trusted dev certificate, webpack-dev-server makes a self-signed one; Office may refuse it.
    console.warn(`office-addin-dev-certs unavailable (${error.message}); using a self-signed certificate.`);
    return 'https';
  }
}

/**
 * `--env entries=playground` builds only the named entries (default: taskpane,commands, what ships).
 * `--env outputPath=...` writes somewhere other than dist/addin.
 */
module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const names = String(env.entries || 'taskpane,commands')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) if (!entries[name]) throw new Error(`Unknown entry "${name}"; known: ${Object.keys(entries).join(', ')}`);

  return {
    mode: dev ? 'development' : 'production',
    devtool: 'source-map',
    target: 'web',
    entry: Object.fromEntries(names.map((name) => [name, entries[name].import])),
    output: {
      path: path.resolve(__dirname, env.outputPath || 'dist/addin'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules so webpack can tree-shake Fluent; the project tsconfig stays CommonJS for jest and the CLI.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', target: 'es2020', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      ...names.map(
        (name) => new HtmlWebpackPlugin({ filename: `${name}.html`, template: entries[name].template, chunks: [name] }),
      ),
      ...(names.includes('taskpane') || names.includes('commands')
        ? [
            new CopyWebpackPlugin({
              patterns: [
                { from: 'assets/*.png', to: 'assets/[name][ext]' },
                {
                  from: 'manifest.xml',
                  to: '[name][ext]',
                  transform(content) {
                    return dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd);
                  },
                },
              ],
            }),
          ]
        : []),
    ],
    performance: { hints: false },
    devServer: {
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? await httpsOptions() : 'http',
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
