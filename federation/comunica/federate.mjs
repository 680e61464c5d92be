// Runs one SPARQL query with Comunica over several SPARQL endpoints and prints the
// bindings as SPARQL 1.1 JSON results on standard output.
//
//   node federate.mjs QUERY_FILE ENDPOINT_URL [ENDPOINT_URL ...]
//
// Comunica decides itself which triple patterns to send to which endpoint: nothing
// in the query names an endpoint.
import { readFileSync } from 'node:fs';
import { QueryEngine } from '@comunica/query-sparql';

const [queryFile, ...endpoints] = process.argv.slice(2);
if (!queryFile || endpoints.length === 0) {
  console.error('usage: node federate.mjs QUERY_FILE ENDPOINT_URL [ENDPOINT_URL ...]');
  process.exit(2);
}

const query = readFileSync(queryFile, 'utf8');
const engine = new QueryEngine();
try {
  const bindingsStream = await engine.queryBindings(query, {
    sources: endpoints.map((url) => ({ type: 'sparql', value: url })),
  });
  const bindings = await bindingsStream.toArray();
  const vars = new Set();
  const rows = bindings.map((b) => {
    const row = {};
    for (const [variable, term] of b) {
      vars.add(variable.value);
      row[variable.value] = toJson(term);
    }
    return row;
  });
  process.stdout.write(JSON.stringify({ head: { vars: [...vars] }, results: { bindings: rows } }) + '\n');
} catch (e) {
  console.error(`litlod-comunica: ${e.message}`);
  process.exit(1);
}

function toJson(term) {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  const lit = { type: 'literal', value: term.value };
  if (term.language) lit['xml:lang'] = term.language;
  else if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') {
    lit.datatype = term.datatype.value;
  }
  return lit;
}
