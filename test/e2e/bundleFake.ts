/** Bundles a test-only browser script (a fake Office or WPS object model) into test-output/e2e/ for addInitScript. */
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Builds `entry` (relative to the repository) into `outFile`. */
export async function bundleFake(entry: string, outFile: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  await new Promise<void>((resolve, reject) => {
    webpack(
      {
        mode: 'development',
        devtool: false,
        target: 'web',
        context: ROOT,
        entry,
        output: { path: path.dirname(outFile), filename: path.basename(outFile) },
        resolve: { extensions: ['.ts', '.js', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: {
                loader: 'ts-loader',
                options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false } },
              },
            },
          ],
        },
      },
      (err, stats) => (err ? reject(err) : stats?.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve()),
    );
  });
}
