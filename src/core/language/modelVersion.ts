/**
 * The model's version, in a file of its own so a cache can be keyed by it without loading the
 * model. A unit test checks the numbers against node_modules.
 */
export const WINK_NLP_VERSION = '2.4.0';
export const WINK_MODEL_VERSION = '1.8.1';
/** Bump when how we read the model's output changes (see winkModel.ts). */
const READER_VERSION = 3;

export const LANGUAGE_MODEL_VERSION = `wink-nlp@${WINK_NLP_VERSION}+wink-eng-lite-web-model@${WINK_MODEL_VERSION}+reader@${READER_VERSION}`;
