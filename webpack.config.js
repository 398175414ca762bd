// Browser bundles. For now the core alone (dist/web/soatso-core.js): building it proves the core runs
// without Node (webpack 5 has no fallbacks for Node's modules). The task pane entry joins it with the add-in.
const path = require('node:path');

module.exports = (_env, argv = {}) => ({
  mode: argv.mode ?? 'production',
  entry: { 'soatso-core': './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'SoatSo', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node', isolatedModules: true } } },
      },
    ],
  },
  devtool: 'source-map',
  performance: { hints: false },
});
