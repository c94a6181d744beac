// The electron-builder configuration: valid against electron-builder's own
// schema, with the security fuses, the .structura file association and icons
// that exist in the formats each platform needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const config = JSON.parse(readFileSync(join(root, 'build/electron-builder.json'), 'utf8'));

describe('packaging config', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // And the schema is not so loose that anything passes.
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
  });

  it('turns the dangerous Electron fuses off and asar integrity on', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).not.toBe(false);
  });

  it('ships the built app only, into release/', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'package.json']));
    expect(config.directories.output).toBe('release');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('registers .structura files as Structura documents the app edits', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'structura', name: 'Structura document', role: 'Editor', mimeType: 'application/x-structura+json' }),
    );
  });

  it('has installers for each platform', () => {
    expect(config.mac.target).toEqual(expect.arrayContaining(['dmg']));
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis']));
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  const resources = join(root, config.directories.buildResources ?? 'build');
  const pngSize = (png: Buffer) => {
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return png.readUInt32BE(16);
  };
  /** Sizes of the PNG images inside an .ico (its directory) or an .icns (its typed chunks). */
  const icoSizes = (file: string) => {
    const ico = readFileSync(file);
    expect(ico.readUInt16LE(2), 'ICO type').toBe(1);
    return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = 6 + 16 * i;
      const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      const size = pngSize(png);
      expect(ico[at] || 256, 'directory size matches the image').toBe(size);
      return size;
    });
  };
  const icnsSizes = (file: string) => {
    const icns = readFileSync(file);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4), 'ICNS length').toBe(icns.length);
    const sizes: number[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) sizes.push(pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4))));
    return sizes;
  };

  it('has application icons in each platform’s format: .icns to 1024 px, .ico to 256 px, a 512 px PNG', () => {
    expect(config.mac.icon).toMatch(/\.icns$/);
    expect(icnsSizes(join(resources, config.mac.icon))).toEqual(expect.arrayContaining([16, 32, 128, 256, 512, 1024]));
    expect(config.win.icon).toMatch(/\.ico$/);
    expect(icoSizes(join(resources, config.win.icon))).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(pngSize(readFileSync(join(resources, config.linux.icon)))).toBe(512);
  });

  it('gives .structura files a document icon on macOS and Windows (the name without extension picks .icns or .ico)', () => {
    const icon = config.fileAssociations[0].icon;
    expect(icon).not.toMatch(/\./);
    expect(icnsSizes(join(resources, `${icon}.icns`))).toEqual(expect.arrayContaining([32, 512]));
    expect(icoSizes(join(resources, `${icon}.ico`))).toEqual(expect.arrayContaining([16, 32, 256]));
  });
});

describe('the Electron build', () => {
  it('has no production dependencies, so the installer packs no node_modules beside the bundles', () => {
    // The main process needs only electron (checked below); the renderer is bundled by Vite.
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('bundles the preload into one file that requires nothing but electron, and exposes only the bridge', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    // @ts-expect-error: a plain .mjs build script without type declarations
    const { buildElectron, requiredModules } = await import('../../../build/build-electron.mjs');
    const out = mkdtempSync(join(tmpdir(), 'structura-build-'));
    try {
      const { main, preload } = await buildElectron(out);
      expect(requiredModules(preload)).toEqual(['electron']);
      const code = readFileSync(preload, 'utf8');
      expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
      expect(code).toMatch(/exposeInMainWorld\("structura"/);
      expect(requiredModules(main).filter((m: string) => !m.startsWith('node:'))).toEqual(['electron']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
