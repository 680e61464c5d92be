#!/usr/bin/env python3
"""Writes the default lexicon tables (src/main/resources/lexicon/*.tsv) from the selection
lists next to this script and the vocabulary release files in ../shared/vocab.

The selection (which concepts, and names added from curators' knowledge) is ours; every
identifier, preferred name and synonym in the 'names' column comes from the vocabulary files.

Usage: python3 generate.py [VOCAB_DIR] [OUT_DIR]
"""
import csv, gzip, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../../../../../../shared/vocab')
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, '../../../../../main/resources/lexicon')
MESH_UI = re.compile(r'^[CD]\d{6}(\d{3})?$')
problems = []


def selection(name):
    rows = []
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.strip() and not line.startswith('#'):
            rows.append(line.split('\t'))
    return rows


def cell(row, i):
    return row[i].strip() if len(row) > i else ''


def split(s, sep='|'):
    return [x.strip() for x in s.split(sep) if x.strip() and x.strip() != '-']


def unique(names, drop=()):
    seen, out = set(drop), []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def write(name, header, rows, comment):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(comment)
        f.write('\t'.join(header) + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(f'{name}: {len(rows)} concepts')


# ---- vocabulary files ----
def gene_info():
    by_symbol = {}
    with gzip.open(os.path.join(VOCAB, 'ncbi-gene/Homo_sapiens.gene_info.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            c = line.rstrip('\n').split('\t')
            if c[0] != '9606':
                continue
            by_symbol.setdefault(c[2], []).append(c)
    return by_symbol


def hgnc():
    out = {}
    with open(os.path.join(VOCAB, 'hgnc/hgnc_entries.focus-excerpt.tsv'), encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            out[r['Entrez Gene ID(supplied by NCBI)']] = r
    return out


def sssom_files():
    root = os.path.join(VOCAB, 'mondo')
    files = [os.path.join(root, 'mondo_exactmatch_mesh.sssom.tsv')]
    ex = os.path.join(root, 'focus-excerpts')
    files += [os.path.join(ex, n) for n in sorted(os.listdir(ex))]
    return files


def sssom():
    labels, exact = {}, defaultdict(list)
    for path in sssom_files():
        header = None
        for line in open(path, encoding='utf-8'):
            if line.startswith('#'):
                continue
            c = line.rstrip('\n').split('\t')
            if header is None:
                header = c
                continue
            r = dict(zip(header, c))
            labels.setdefault(r['subject_id'], r.get('subject_label', ''))
            if path.endswith('mondo_exactmatch_mesh.sssom.tsv') and r['predicate_id'] == 'skos:exactMatch':
                exact[r['subject_id']].append(r['object_id'].split(':', 1)[1])
    return labels, exact


def mesh_labels():
    labels, entries, chebi = {}, {}, {}
    for line in open(os.path.join(VOCAB, 'mesh/mesh_mappings.tsv'), encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if c[0] == 'MESH':
            labels.setdefault(c[1], c[2])
            if c[3] == 'CHEBI':
                chebi.setdefault(c[1], c[5])
    for line in open(os.path.join(VOCAB, 'mesh/mesh_id_label_mappings.focus-excerpt.tsv'), encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        labels.setdefault(c[0], c[1])
        entries[c[0]] = split(c[2]) if len(c) > 2 else []
    return labels, entries, chebi


def cid_mesh():
    forward, reverse = {}, defaultdict(list)
    for line in open(os.path.join(VOCAB, 'pubchem/pubchem_mesh_map.tsv'), encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if len(c) >= 2:
            forward[c[0]] = c[1]
            reverse[c[1]].append(c[0])
    return forward, reverse


def taxonomy():
    names = defaultdict(list)
    for line in open(os.path.join(VOCAB, 'ncbi-taxonomy/names.dmp'), encoding='utf-8', errors='replace'):
        c = [x.strip() for x in line.rstrip('\n').rstrip('|').split('\t|\t')]
        names[c[0]].append((c[1], c[3]))
    obo, current = {}, None
    for line in open(os.path.join(VOCAB, 'mondo/ncbitaxon_import.obo'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('id: NCBITaxon:'):
            current = line[len('id: NCBITaxon:'):]
            obo[current] = {'name': None, 'exact': []}
        elif current and line.startswith('name: '):
            obo[current]['name'] = line[6:]
        elif current and line.startswith('synonym: ') and '" EXACT' in line:
            obo[current]['exact'].append(line.split('"')[1])
        elif line.startswith('['):
            current = None
    return names, obo


# ---- tables ----
def genes():
    info, hg = gene_info(), hgnc()
    rows = []
    for row in selection('genes.txt'):
        symbol, curated = cell(row, 0), split(cell(row, 1))
        found = info.get(symbol, [])
        if len(found) != 1:
            problems.append(f'gene {symbol}: {len(found)} rows in gene_info')
            continue
        c = found[0]
        ids, source = ['NCBIGene:' + c[1]], ['gene_info']
        preferred = c[11] if c[11] != '-' else c[8]
        names = [c[2]] + split(c[4])
        h = hg.get(c[1])
        if h:
            ids.append(h['HGNC ID'])
            names += [h['Approved Symbol'], h['Approved Name']] + split(h['Synonyms'], ',')
            source.append('hgnc')
        names = unique(names, drop=[preferred])
        curated = unique(curated, drop=names + [preferred])
        if curated:
            source.append('curated_names')
        rows.append([' '.join(ids), preferred, '|'.join(names), '|'.join(curated), '9606', ';'.join(source)])
    return rows


def diseases():
    labels, exact = sssom()
    mlabels, entries, _ = mesh_labels()
    reverse = defaultdict(list)
    for mondo, meshes in exact.items():
        for m in meshes:
            reverse[m].append(mondo)
    rows = []
    for row in selection('diseases.txt'):
        ident, curated = cell(row, 0), split(cell(row, 1))
        if ident.startswith('MONDO:'):
            mondo = [ident]
            mesh = [m for m in exact.get(ident, []) if MESH_UI.match(m)]
        else:
            mesh = [ident.split(':', 1)[1]]
            mondo = reverse.get(mesh[0], [])
        for m in mondo:
            if m not in labels:
                problems.append(f'disease {m}: no label in the SSSOM files')
        for m in mesh:
            if m not in mlabels:
                pass  # the MONDO label is enough
        preferred = labels[mondo[0]] if mondo else mlabels.get(mesh[0])
        if not preferred:
            continue
        names = [labels[m] for m in mondo[1:] if m in labels]
        for m in mesh:
            names += [mlabels[m]] if m in mlabels else []
            names += entries.get(m, [])
        names = unique(names, drop=[preferred])
        curated = unique(curated, drop=names + [preferred])
        source = (['sssom'] if mondo else []) + (['mesh_labels'] if mesh else [])
        if curated:
            source.append('curated_names')
        ids = mondo + ['MESH:' + m for m in mesh]
        rows.append([' '.join(ids), preferred, '|'.join(names), '|'.join(curated), ';'.join(source)])
    return rows


def chemicals():
    mlabels, entries, chebi = mesh_labels()
    by_label = {}
    for ui, label in mlabels.items():
        by_label.setdefault(label.lower(), ui)
    forward, reverse = cid_mesh()
    rows = []
    for row in selection('chemicals.txt'):
        name, cid, mesh, curated = cell(row, 0), cell(row, 1), cell(row, 2), split(cell(row, 3))
        source = []
        ui = by_label.get(name.lower())
        if ui:
            source.append('mesh_labels')
        elif mesh:
            ui = mesh
            source.append('curated_mesh')
        cids = []
        if cid:
            cids.append(cid)
            if cid in forward:
                if ui and forward[cid] != ui:
                    problems.append(f'chemical {name}: CID {cid} maps to {forward[cid]}, MeSH label gives {ui}')
                    continue
                ui = ui or forward[cid]
                source.append('pubchem_mesh_map')
            else:
                source.append('curated_cid')
        elif ui and reverse.get(ui):
            found = reverse[ui]
            if len(found) == 1:
                cids = found
                source.append('pubchem_mesh_map')
            else:
                problems.append(f'chemical {name}: {len(found)} CIDs for {ui}: {found[:6]}')
        if not ui and not cids:
            problems.append(f'chemical {name}: no identifier')
            continue
        preferred = name
        names = []
        if ui and ui in mlabels:
            names.append(mlabels[ui])
            names += entries.get(ui, [])
        names = unique(names, drop=[preferred])
        curated = unique(curated, drop=names + [preferred])
        if curated:
            source.append('curated_names')
        ids = ['PUBCHEM.COMPOUND:' + c for c in cids] + (['MESH:' + ui] if ui else [])
        rows.append([' '.join(ids), preferred, '|'.join(names), '|'.join(curated), ';'.join(source)])
    return rows


KEEP_CLASSES = ('scientific name', 'genbank common name', 'common name', 'synonym', 'equivalent name')


def species():
    names, obo = taxonomy()
    rows = []
    for row in selection('species.txt'):
        taxon, curated, scientific = cell(row, 0), split(cell(row, 1)), cell(row, 2)
        excluded = split(cell(row, 3))
        if taxon in names:
            sci = [n for n, k in names[taxon] if k == 'scientific name'][0]
            other = [n for k0 in KEEP_CLASSES[1:] for n, k in names[taxon] if k == k0]
            source = ['names.dmp']
        elif taxon in obo:
            sci, other, source = obo[taxon]['name'], obo[taxon]['exact'], ['ncbitaxon_import']
        elif scientific:
            sci, other, source = scientific, [], ['curated']
        else:
            problems.append(f'species {taxon}: not found')
            continue
        other = unique(other, drop=[sci] + excluded)
        curated = unique(curated, drop=other + [sci])
        if curated and source != ['curated']:
            source.append('curated_names')
        rows.append(['NCBITaxon:' + taxon, sci, '|'.join(other), '|'.join(curated), ';'.join(source)])
    return rows


HEAD = ('# Default lexicon of litlod: {what}. Generated by src/test/resources/tag/lexicon/builtin/'
        'generate.py\n# from the selection {sel} and the vocabulary files (see README.md). '
        'Columns: ids (primary first),\n# preferred, names (from the vocabulary files), '
        'curated_names (curators\' knowledge), {extra}source.\n')

if __name__ == '__main__':
    common = ['ids', 'preferred', 'names', 'curated_names']
    write('genes.tsv', common + ['taxon', 'source'], genes(),
          HEAD.format(what='human genes', sel='genes.txt', extra='taxon, '))
    write('diseases.tsv', common + ['source'], diseases(),
          HEAD.format(what='diseases', sel='diseases.txt', extra=''))
    write('chemicals.tsv', common + ['source'], chemicals(),
          HEAD.format(what='chemicals and drugs', sel='chemicals.txt', extra=''))
    write('species.tsv', common + ['source'], species(),
          HEAD.format(what='species', sel='species.txt', extra=''))
    for p in problems:
        print('PROBLEM', p)
