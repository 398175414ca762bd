// Browser builds: the task pane (taskpane.html inside Office, preview.html over a file in any browser),
// the worker that runs checks, and the core alone as a library (soatso-core.js).
// `npm run dev-server` serves them over https://localhost:3000 with office-addin-dev-certs, as the
// official Office add-in templates do, for sideloading.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { manifestFor, parseAddinUrl } = require('./tools/manifest-for');
const { version } = require('./package.json');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node', isolatedModules: true, jsx: 'react-jsx' } },
  },
};

const common = (mode) => ({
  mode,
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: { rules: [tsRule] },
  devtool: 'source-map',
  performance: { hints: false },
});

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  let o;
  try {
    o = await devCerts.getHttpsServerOptions();
  } catch (e) {
    // Trusting the development CA needs sudo on Linux; the certificates themselves were generated.
    const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
    const read = (f) => require('node:fs').readFileSync(path.join(dir, f));
    console.warn(`Không cài được chứng chỉ gốc phát triển (${e.message.split('\n')[0]}). Hãy tự tin cậy ${path.join(dir, 'ca.crt')} trong trình duyệt.`);
    o = { ca: read('ca.crt'), key: read('localhost.key'), cert: read('localhost.crt') };
  }
  return { type: 'https', options: { ca: o.ca, key: o.key, cert: o.cert } };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  // A bad ADDIN_URL stops the build here rather than shipping a manifest Office cannot load.
  if (process.env.ADDIN_URL) parseAddinUrl(process.env.ADDIN_URL);
  const out = path.resolve(__dirname, 'dist/web');
  const pane = {
    ...common(mode),
    name: 'pane',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: out, filename: '[name].js', chunkFilename: '[name].chunk.js', clean: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/pages/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/taskpane/pages/preview.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/pages/support.html', to: 'support.html' },
          // ADDIN_URL=https://… npm run build: the deployed manifest names that server everywhere.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), { url: process.env.ADDIN_URL, version }) },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          static: out,
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          server: await httpsOptions(),
          headers: { 'Access-Control-Allow-Origin': '*' },
        }
      : undefined,
  };
  const worker = {
    ...common(mode),
    name: 'worker',
    target: 'webworker',
    entry: { 'check-worker': './src/taskpane/check.worker.ts' },
    output: { path: out, filename: '[name].js' },
  };
  const core = {
    ...common(mode),
    name: 'core',
    entry: { 'soatso-core': './src/core/index.ts' },
    output: { path: out, filename: '[name].js', library: { name: 'SoatSo', type: 'umd' }, globalObject: 'globalThis' },
  };
  return [pane, worker, core];
};
