import { objectProperties, refName, typeLabel, type JsonSchema } from "@/lib/api/openapi/reference";

export type SchemaLabels = { name: string; type: string; required: string; description: string; yes: string; no: string };

function TypeCell({ schema }: { schema: JsonSchema }) {
  const name = refName(schema);
  return name ? <a href={`#schema-${name}`} className="text-blue-700 underline">{name}</a> : <code>{typeLabel(schema)}</code>;
}

/** What a nested schema adds below its row: an inline object's or array items' own properties, or a union's variants. */
function nestedOf(schema: JsonSchema): JsonSchema | null {
  if (refName(schema)) return null;
  if (objectProperties(schema)) return schema;
  if (schema.type === "array" && schema.items && typeof schema.items === "object" && objectProperties(schema.items as JsonSchema) && !refName(schema.items as JsonSchema)) return schema.items as JsonSchema;
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(union) && union.some((option) => objectProperties(option))) return schema;
  return null;
}

/**
 * A JSON Schema as a person reads it: an object as a table of its properties (nested objects
 * inside their row), a reference as a link to the shared schema, a union as its variants,
 * anything else as pretty JSON.
 */
export function SchemaView({ schema, labels }: { schema: JsonSchema; labels: SchemaLabels }) {
  const name = refName(schema);
  if (name) return <TypeCell schema={schema} />;
  const object = objectProperties(schema);
  if (object) {
    return (
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th className="py-1 pr-3">{labels.name}</th>
            <th className="py-1 pr-3">{labels.type}</th>
            <th className="py-1 pr-3">{labels.required}</th>
            <th className="py-1">{labels.description}</th>
          </tr>
        </thead>
        <tbody>
          {object.properties.map(([property, value]) => {
            const nested = nestedOf(value);
            return (
              <tr key={property} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-3">
                  <code>{property}</code>
                </td>
                <td className="py-1 pr-3">
                  <TypeCell schema={value} />
                </td>
                <td className="py-1 pr-3">{object.required.has(property) ? labels.yes : labels.no}</td>
                <td className="py-1">
                  {typeof value.description === "string" ? <p>{value.description}</p> : null}
                  {nested ? <SchemaView schema={nested} labels={labels} /> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(union)) {
    return (
      <ol className="list-decimal space-y-2 pl-5">
        {union.map((option, index) => (
          <li key={index}>
            <SchemaView schema={option} labels={labels} />
          </li>
        ))}
      </ol>
    );
  }
  if (schema.type === "array" && schema.items && typeof schema.items === "object") {
    return (
      <div>
        <code>array of</code> <SchemaView schema={schema.items as JsonSchema} labels={labels} />
      </div>
    );
  }
  return <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(schema, null, 2)}</pre>;
}
