import { list, object, withDefault, type JsonSchema } from './schema';
import { authoredQuestion, manifestSchema, sectionBodies, sectionHeader } from './sectionSchemas';
import { SECTION_KINDS, type SectionKind } from './types';

/**
 * The frontmatter of a content pack's files as one JSON schema, made from the same validators the
 * loader checks them with (so the two cannot disagree): `pack.md` (no `kind`) is the manifest;
 * every other file is a section of its `kind`. For pack authors' tools; `npm run build` writes it
 * to dist/schemas/pack-frontmatter.schema.json.
 */
export function packFrontmatterSchema(): JsonSchema {
  const section = (kind: SectionKind): JsonSchema => {
    const fields = object({ ...sectionHeader, quiz: withDefault(list(authoredQuestion), []), ...sectionBodies[kind] }, ['kind']).schema;
    return {
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { ...fields, properties: { ...(fields['properties'] as object), kind: { const: kind } } },
    };
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Interview Coach content pack frontmatter',
    description: 'pack.md: the manifest (no kind). Every other file: a section whose kind decides its fields.',
    type: 'object',
    if: { not: { required: ['kind'] } },
    then: manifestSchema.schema,
    else: {
      properties: { kind: { enum: SECTION_KINDS } },
      required: ['kind'],
      allOf: SECTION_KINDS.map(section),
    },
  };
}
