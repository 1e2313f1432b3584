// How dist/language-model.js is built, shared by esbuild.mjs and the bench (which must measure the
// file as shipped). One file for every host, so the .vsix and the npm tarball carry the model once:
// a browser script (no Node built-ins) that sets the global LANGUAGE_MODEL_GLOBAL, for the web
// worker that runs it as a classic script, and that exports the same object when `require`d, for
// the CLI and the desktop's worker thread.

/** The global the language model's script sets where it is not `require`d (the web worker). */
export const LANGUAGE_MODEL_GLOBAL = 'InterviewCoachLanguageModel';

/** esbuild options for the model's script (add the base options, entry point and output). */
export const languageModelOptions = {
  platform: 'browser',
  format: 'iife',
  globalName: LANGUAGE_MODEL_GLOBAL,
  footer: { js: `if (typeof module === "object" && module.exports) module.exports = ${LANGUAGE_MODEL_GLOBAL};` },
  plugins: [],
};

/**
 * Loads wink-eng-lite-web-model faster, with the same model (test/unit/language/modelLoad.test.ts
 * compares every feature and analysis with the package's own loader). Its `read-core-model.js`
 * costs most of a first run's model load (see `npm run bench`), in three places:
 * - it deep-copies the 3 MB model (`JSON.parse(JSON.stringify(…))`) so that a second load does not
 *   see the first one's changes: here the model's JSON is a function returning a fresh object
 *   literal instead, so each load makes its own and nothing is copied;
 * - it indexes the 87,000 lexemes in a plain object (a hash table grown one key at a time): here
 *   in a `Map`, several times faster to fill, behind a `Proxy` that reads and writes like that
 *   object (wink-nlp only reads `hash[word]` and adds `hash[word] = index`);
 * - it decodes the 1.9 MB base64 lexicon one character at a time: here with `Buffer` where there
 *   is one (Node: the CLI and the desktop's worker), as before elsewhere (the web worker).
 * And the package's other data (its other models, WordNet's lemma exceptions) is JSON.parse of a
 * string rather than object literals and statements for V8 to parse and run.
 */
const fastWinkModelLoad = {
  name: 'fast-wink-model-load',
  setup(build) {
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]eng-core-web-model\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const model = JSON.parse(await readFile(args.path, 'utf8'));
      // Long lists of strings (the 87,000 lexemes) as one string each, split on load: a literal
      // of 87,000 strings costs V8 far more to parse than one string. The long strings (those and
      // the base64 lexicon) sit outside the function, so V8 scans them twice (skipping, then
      // compiling the module) rather than three times (and the function's literal is small).
      const strings = [];
      const take = (text) => `strings[${strings.push(text) - 1}]`;
      const joined = [];
      for (const [name, feature] of Object.entries(model.features)) {
        const list = feature.list;
        if (!Array.isArray(list) || list.length < 100 || !list.every((w) => typeof w === 'string')) continue;
        // A printable separator no entry holds (the bundle is ASCII: anything else would be escaped).
        const separator = [...' ~#@+=_'].find((c) => !list.some((w) => w.includes(c)));
        if (separator === undefined) continue;
        joined.push(`model.features[${JSON.stringify(name)}].list = ${take(list.join(separator))}.split(${JSON.stringify(separator)});`);
        feature.list = [];
      }
      for (const [name, value] of Object.entries(model)) {
        if (typeof value !== 'string' || value.length < 10_000) continue;
        joined.push(`model[${JSON.stringify(name)}] = ${take(value)};`);
        model[name] = '';
      }
      return {
        contents: `const strings = ${JSON.stringify(strings)};\nmodule.exports = () => {\nconst model = ${JSON.stringify(model)};\n${joined.join('\n')}\nreturn model;\n};\n`,
        loader: 'js',
      };
    });
    // The other models (named entities, sentiment, parts of speech…: 0.6 MB) and WordNet's lemma
    // exceptions (0.2 MB of `a="a",…,exceptions.b=a` statements) as JSON.parse of a string: V8
    // scans a string literal far faster than it parses (twice) and runs that much literal code.
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]eng-(ner|sa|pos|sbd|negation|cer-meta)-model\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const json = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]wn-(noun|verb|adjective)-exceptions\.js$/ }, async (args) => {
      const { createRequire } = await import('node:module');
      const exceptions = createRequire(import.meta.url)(args.path);
      if (Object.getPrototypeOf(exceptions) !== null || Object.keys(exceptions).some((k) => /^\d+$/.test(k))) throw new Error(`${args.path}: not the exceptions table fastWinkModelLoad was written for`);
      const json = JSON.stringify(exceptions);
      return { contents: `module.exports = Object.assign(Object.create(null), JSON.parse(${JSON.stringify(json)}));`, loader: 'js' };
    });
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const original = await readFile(args.path, 'utf8');
      // The package's own file, with the three changes above; the build fails if it is not the
      // file this was written for (a new version of the model must be looked at again).
      const copy = 'const model=JSON.parse(JSON.stringify(originalModel));';
      const lexeme = 'featuresData.lexeme.hash=Object.create(null);for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash[featuresData.lexeme.list[k]]=k;';
      const decode = 'bufferFromBase64=function(data){';
      for (const part of [copy, lexeme, decode]) if (original.split(part).length !== 2) throw new Error(`${args.path}: not the read-core-model.js fastWinkModelLoad was written for (missing ${JSON.stringify(part.slice(0, 40))}…)`);
      const contents = original
        .replace(copy, 'const model=originalModel();')
        .replace(lexeme, 'featuresData.lexeme.hash=mapHash(featuresData.lexeme.list);')
        .replace(decode, `${decode}if(typeof Buffer==="function"&&typeof Buffer.from==="function"){const b=Buffer.from(data,"base64");return b.buffer.slice(b.byteOffset,b.byteOffset+b.length)}`)
        .concat(
          '\nfunction mapHash(list){const map=new Map();for(let k=0;k<list.length;k+=1)map.set(list[k],k);',
          'return new Proxy(Object.create(null),{get:(_,key)=>map.get(key),set:(_,key,value)=>(map.set(key,value),true),has:(_,key)=>map.has(key),',
          'deleteProperty:(_,key)=>(map.delete(key),true),ownKeys:()=>[...map.keys()].filter((k)=>typeof k==="string"),',
          'getOwnPropertyDescriptor:(_,key)=>map.has(key)?{value:map.get(key),writable:true,enumerable:true,configurable:true}:undefined})}\n',
        );
      return { contents, loader: 'js' };
    });
  },
};

languageModelOptions.plugins.push(fastWinkModelLoad);
