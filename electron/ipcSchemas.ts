// Every IPC payload is validated against these before anything is done with it:
// the shapes of shared/bridge.ts, as zod schemas, with limits. The tuple is the
// argument list of the call.
import { z } from 'zod';
import type { ClipboardImage, ExportRequest, RecoverySnapshot, SaveRequest } from '../shared/bridge';
import { pngSize } from '../shared/export/pngSize';
import { COMMAND_IDS, type MenuDescription } from '../shared/commands/catalog';
import { TEXT_EDIT_COMMANDS } from './channels';
import { MAX_DOCUMENT_BYTES, MAX_EXPORT_BYTES } from './fileService';

/** What each export type is called in the save dialog, and its extension. */
export const EXPORT_TYPES = {
  'application/pdf': { name: 'PDF document', extension: 'pdf' },
  'image/svg+xml': { name: 'SVG image', extension: 'svg' },
  'image/png': { name: 'PNG image', extension: 'png' },
  'text/csv': { name: 'CSV spreadsheet', extension: 'csv' },
  'application/json': { name: 'JSON file', extension: 'json' },
} as const;

const mimeTypes = Object.keys(EXPORT_TYPES) as [keyof typeof EXPORT_TYPES, ...(keyof typeof EXPORT_TYPES)[]];

const handle = z.string().min(1).max(64).nullable();
const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, 'must be a plain file name')
  .refine((name) => !/^\.+$/.test(name), 'must be a plain file name');
// Text over the byte limit is allowed through here so that the save can answer
// "too large" in words instead of failing the call (a string of N UTF-16 units
// has at most 3N UTF-8 bytes).
const documentText = z.string().max(MAX_DOCUMENT_BYTES * 2);
const bytes = (limit: number, message: string) => z.instanceof(Uint8Array).refine((d) => d.byteLength <= limit, message);

const saveRequest = z.strictObject({
  text: documentText,
  handle,
  suggestedName: fileName,
  saveAs: z.boolean(),
  expectedModifiedAt: z.number().finite().nullable(),
  overwrite: z.boolean(),
}) satisfies z.ZodType<SaveRequest>;

const exportRequest = z.strictObject({
  suggestedName: fileName,
  mimeType: z.enum(mimeTypes),
  data: z.union([z.string().max(MAX_EXPORT_BYTES), bytes(MAX_EXPORT_BYTES, 'export too large')]),
}) satisfies z.ZodType<ExportRequest>;

// A chart image for the clipboard: a real PNG (its header read), or SVG markup.
export const MAX_CLIPBOARD_BYTES = 64 * 1024 * 1024;
const clipboardImage = z.discriminatedUnion('format', [
  z.strictObject({
    format: z.literal('png'),
    data: bytes(MAX_CLIPBOARD_BYTES, 'image too large for the clipboard').refine((d) => pngSize(d) !== null, 'must be a PNG image'),
  }),
  z.strictObject({
    format: z.literal('svg'),
    data: z
      .string()
      .max(MAX_CLIPBOARD_BYTES)
      .regex(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/, 'must be an SVG image'),
  }),
]) satisfies z.ZodType<ClipboardImage>;

const recoverySnapshot = z.strictObject({
  text: documentText,
  name: z.string().max(300),
  handle,
  savedAt: z.number().finite(),
}) satisfies z.ZodType<RecoverySnapshot>;

// The page's menu: only known commands, labels of a sane length, accelerators in Electron's own syntax.
const menuLabel = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'must be one line of text');
const menuEntry = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('command'),
    command: z.enum(COMMAND_IDS),
    label: menuLabel,
    enabled: z.boolean(),
    accelerator: z
      .string()
      .regex(/^(?:(?:Shift|Alt|CmdOrCtrl)\+){0,3}(?:[A-Z0-9=?-]|F\d{1,2}|Delete|Backspace)$/, 'must be an accelerator like Shift+CmdOrCtrl+S')
      .optional(),
    registerAccelerator: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('separator') }),
  z.strictObject({ type: z.literal('recent') }),
]);
const menuDescription = z.strictObject({
  menus: z
    .array(
      z.strictObject({
        label: z
          .string()
          .min(1)
          .max(40)
          .regex(/^[A-Za-z ]+$/, 'must be a plain menu name'),
        entries: z.array(menuEntry).max(60),
      }),
    )
    .min(1)
    .max(10),
}) satisfies z.ZodType<MenuDescription>;

export const payloads = {
  setMenu: z.tuple([menuDescription]),
  openTextFiles: z.tuple([
    z
      .array(z.string().regex(/^\.[a-z0-9]{1,10}$/i, 'must be an extension like .csv'))
      .min(1)
      .max(10),
    z.boolean(),
  ]),
  saveDocument: z.tuple([saveRequest]),
  exportFile: z.tuple([exportRequest]),
  setDocumentState: z.tuple([z.strictObject({ title: z.string().max(300), dirty: z.boolean() })]),
  writeRecovery: z.tuple([recoverySnapshot]),
  discardRecovery: z.tuple([z.string().regex(/^[a-z0-9-]{1,64}$/i, 'must be a recovery key')]),
  print: z.tuple([bytes(MAX_EXPORT_BYTES, 'document too large to print')]),
  copyImage: z.tuple([clipboardImage]),
  textEdit: z.tuple([z.enum(TEXT_EDIT_COMMANDS)]),
  none: z.tuple([]),
} as const;
