// Every IPC payload is validated against these before anything is done with it.
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from './fileService';

const handle = z.string().min(1).max(64).nullable();
const fileName = z.string().min(1).max(255).regex(/^[^/\\\u0000-\u001f]+$/, 'must be a plain file name');
const text = z.string().max(MAX_DOCUMENT_BYTES);

export const payloads = {
  openTextFiles: z.tuple([z.array(z.string().regex(/^\.[a-z0-9]{1,10}$/i)).max(10), z.boolean()]),
  saveDocument: z.tuple([
    z.strictObject({
      text,
      handle,
      suggestedName: fileName,
      saveAs: z.boolean(),
      expectedModifiedAt: z.number().finite().nullable(),
      overwrite: z.boolean(),
    }),
  ]),
  exportFile: z.tuple([
    z.strictObject({
      suggestedName: fileName,
      mimeType: z.enum(['application/pdf', 'image/svg+xml', 'image/png', 'text/csv', 'application/json']),
      data: z.union([text, z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_DOCUMENT_BYTES * 4, 'export too large')]),
    }),
  ]),
  setDocumentState: z.tuple([z.strictObject({ title: z.string().max(300), dirty: z.boolean() })]),
  writeRecovery: z.tuple([z.strictObject({ text, name: z.string().max(300), handle, savedAt: z.number().finite() })]),
  print: z.tuple([z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_DOCUMENT_BYTES * 4, 'document too large to print')]),
  none: z.tuple([]),
} as const;
