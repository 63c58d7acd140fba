import fc from 'fast-check';
import { z } from 'zod';

/**
 * Values generated from a route's own schema (its zod schema turned into JSON Schema), for the
 * authorization matrix (one valid body, so that the refusal tested is the access rule's and not the
 * validation's) and for the fuzzing (valid, almost valid and hostile values).
 */
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: unknown;
};

export function enJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as JsonSchema;
}

const PROFONDEUR_MAX = 6;

/**
 * Values a person would type, by field name: a random e-mail address or password rarely passes the
 * business checks (strength, confirmation equal to the password), and the matrix needs valid bodies.
 */
const VALEURS_CONNUES: [RegExp, unknown][] = [
  [/^(motDePasse|nouveauMotDePasse|confirmation|motDePasseActuel|ancienMotDePasse)$/i, 'Brioche-Tournesol-2026!'],
  [/email|adresse/i, 'paul.durand@exemple.test'],
  [/^code$/i, '123456'],
  [/^(nom|prenom)$/i, 'Durand'],
];

function chaine(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? min + 40, min + 200));
  const bornee = (a: fc.Arbitrary<string>) => a.filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
  switch (s.format) {
    case 'email':
      return bornee(fc.emailAddress());
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'uri':
      return fc.webUrl();
  }
  if (s.pattern) {
    try {
      return bornee(fc.stringMatching(new RegExp(s.pattern)));
    } catch {
      // A pattern fast-check cannot read: fall back to plain text (the zod check filters).
    }
  }
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}

function nombre(s: JsonSchema, entier: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (entier ? 1 : 1e-6) : -1_000_000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (entier ? 1 : 1e-6) : 1_000_000);
  if (entier) {
    const a = fc.integer({ min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER), max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER) });
    return s.multipleOf ? a.map((n) => Math.round(n / s.multipleOf!) * s.multipleOf!) : a;
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/**
 * An arbitrary of the values a JSON Schema describes. `minimal`: objects carry their required
 * properties only (the smallest valid body); otherwise each optional property is there or not.
 */
export function arbitraireDe(racine: JsonSchema, options: { minimal?: boolean } = {}): fc.Arbitrary<unknown> {
  const defs = racine.$defs ?? {};
  const de = (s: JsonSchema, profondeur: number): fc.Arbitrary<unknown> => {
    if (profondeur > PROFONDEUR_MAX) return fc.constant(null);
    if (s.$ref) {
      const nom = s.$ref.split('/').pop()!;
      const cible = s.$ref === '#' ? racine : defs[nom];
      return cible ? de(cible, profondeur + 1) : fc.anything();
    }
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const variantes = s.anyOf ?? s.oneOf;
    if (variantes?.length) return fc.oneof(...variantes.map((v) => de(v, profondeur + 1)));
    if (s.allOf?.length) {
      const fusion: JsonSchema = { ...s, allOf: undefined, properties: {}, required: [] };
      for (const partie of s.allOf) {
        fusion.type ??= partie.type;
        Object.assign(fusion.properties!, partie.properties ?? {});
        fusion.required!.push(...(partie.required ?? []));
      }
      return de(fusion, profondeur + 1);
    }
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') ?? 'null' : s.type;
    switch (type) {
      case 'string':
        return chaine(s);
      case 'integer':
        return nombre(s, true);
      case 'number':
        return nombre(s, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        if (s.prefixItems) return fc.tuple(...s.prefixItems.map((p) => de(p, profondeur + 1)));
        const items = Array.isArray(s.items) ? s.items[0] : s.items;
        const minLength = s.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(s.maxItems ?? minLength + 3, minLength + 5));
        return fc.array(items ? de(items, profondeur + 1) : fc.jsonValue(), { minLength, maxLength });
      }
      case 'object':
      case undefined: {
        if (!s.properties && type === undefined) return fc.jsonValue();
        const proprietes = s.properties ?? {};
        const requises = new Set(s.required ?? []);
        const cles = Object.keys(proprietes).filter((k) => !options.minimal || requises.has(k));
        const modele = Object.fromEntries(
          cles.map((k) => {
            const genere = de(proprietes[k]!, profondeur + 1);
            const connue = VALEURS_CONNUES.find(([motif]) => motif.test(k));
            return [k, connue ? fc.oneof({ arbitrary: fc.constant(connue[1]), weight: 4 }, { arbitrary: genere, weight: 1 }) : genere];
          }),
        );
        return fc.record(modele, { requiredKeys: [...requises].filter((k) => k in modele) });
      }
      default:
        return fc.jsonValue();
    }
  };
  return de(racine, 0);
}

/** A value the zod schema accepts, searched among generated ones (fixed seed: the same on every run). */
export function exempleValide(schema: z.ZodType, options: { graine?: number; essais?: number } = {}): { trouve: true; valeur: unknown } | { trouve: false } {
  const json = enJsonSchema(schema);
  for (const minimal of [true, false]) {
    const essais = fc.sample(arbitraireDe(json, { minimal }), { numRuns: options.essais ?? 300, seed: options.graine ?? 42 });
    const bon = essais.find((v) => schema.safeParse(v).success);
    if (bon !== undefined) return { trouve: true, valeur: bon };
  }
  return { trouve: false };
}

/** Strings that have broken parsers and file systems before. */
export const CHAINES_HOSTILES = [
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '\u0000',
  'a\u0000b',
  "' or 1=1 --",
  '"; drop table demandes; --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '🙂'.repeat(300),
  'x'.repeat(100_000),
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(40),
];

/**
 * Hostile variations of a valid object: a field of the wrong type, a field missing, extra keys
 * (prototype pollution), hostile strings, non-objects, deep nesting.
 */
export function arbitraireHostile(json: JsonSchema): fc.Arbitrary<unknown> {
  const valide = arbitraireDe(json);
  const hostileScalaire = fc.oneof(fc.constantFrom<unknown>(...CHAINES_HOSTILES, null, true, 0, -1, 2 ** 53, 1e308, [], {}), fc.jsonValue());
  const champs = Object.keys(json.properties ?? {});
  const mutations: fc.Arbitrary<unknown>[] = [
    valide,
    fc.jsonValue(),
    hostileScalaire,
    fc.constantFrom<unknown>({ __proto__: { admin: true } }, JSON.parse('{"__proto__": {"role": "administrateur"}, "constructor": {"prototype": {"x": 1}}}')),
    fc.integer({ min: 50, max: 400 }).map((n) => {
      let v: unknown = 'fond';
      for (let i = 0; i < n; i++) v = { a: v };
      return v;
    }),
  ];
  if (champs.length) {
    mutations.push(
      fc.tuple(valide, fc.constantFrom(...champs), hostileScalaire).map(([v, champ, mauvais]) => (v && typeof v === 'object' ? { ...v, [champ]: mauvais } : v)),
      fc.tuple(valide, fc.constantFrom(...champs)).map(([v, champ]) => {
        if (!v || typeof v !== 'object') return v;
        const copie = { ...(v as Record<string, unknown>) };
        delete copie[champ];
        return copie;
      }),
      fc.tuple(valide, fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue(), { maxKeys: 5 })).map(([v, extra]) => (v && typeof v === 'object' ? { ...extra, ...v } : v)),
    );
  }
  return fc.oneof(...mutations);
}
