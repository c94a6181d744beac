// Every string of a document, wherever in the schema it stands: no
// non-characters or lone surrogates (XML, and so SVG, cannot carry them).
import { z } from 'zod';
import { describeForbiddenCharacter, findForbiddenCharacter } from './characters';

export const textSchema = z.string().superRefine((value, ctx) => {
  const at = findForbiddenCharacter(value);
  if (at >= 0) ctx.addIssue({ code: 'custom', message: `holds ${describeForbiddenCharacter(value, at)} at character ${at + 1}, which is not text` });
});
