import type { ReferenceOperation } from "@/lib/api/openapi/reference";
import { SchemaView, type SchemaLabels } from "./schema-view";

export type OperationLabels = SchemaLabels & { scope: string; idempotent: string; parameters: string; location: string; requestBody: string; responses: string };

/** One operation of the reference: method and path, scope, parameters, request body and each answer. */
export function OperationView({ operation, basePath, labels }: { operation: ReferenceOperation; basePath: string; labels: OperationLabels }) {
  return (
    <section id={operation.operationId} data-testid="api-operation" data-operation-id={operation.operationId} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h3 className="flex flex-wrap items-baseline gap-2 text-base font-semibold">
        <code className="rounded bg-slate-800 px-2 py-0.5 text-xs text-white">{operation.method}</code>
        <code>{`${basePath}${operation.path}`}</code>
      </h3>
      <p className="font-medium">{operation.summary}</p>
      {operation.description ? <p className="text-sm text-slate-700">{operation.description}</p> : null}
      <p className="text-sm">
        {labels.scope}: <code>{operation.scope}</code>
        {operation.idempotent ? <span className="ml-3 text-slate-600">{labels.idempotent}</span> : null}
      </p>
      {operation.parameters.length ? (
        <div>
          <h4 className="text-sm font-semibold">{labels.parameters}</h4>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-1 pr-3">{labels.name}</th>
                <th className="py-1 pr-3">{labels.location}</th>
                <th className="py-1 pr-3">{labels.type}</th>
                <th className="py-1 pr-3">{labels.required}</th>
                <th className="py-1">{labels.description}</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.location}-${parameter.name}`} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-3">
                    <code>{parameter.name}</code>
                  </td>
                  <td className="py-1 pr-3">{parameter.location}</td>
                  <td className="py-1 pr-3">
                    <SchemaView schema={parameter.schema} labels={labels} />
                  </td>
                  <td className="py-1 pr-3">{parameter.required ? labels.yes : labels.no}</td>
                  <td className="py-1">{parameter.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {operation.requestBody ? (
        <div>
          <h4 className="text-sm font-semibold">{labels.requestBody}</h4>
          <SchemaView schema={operation.requestBody} labels={labels} />
        </div>
      ) : null}
      <div>
        <h4 className="text-sm font-semibold">{labels.responses}</h4>
        <ul className="space-y-2">
          {operation.responses.map((response) => (
            <li key={response.status} className="text-sm">
              <code className="font-semibold">{response.status}</code> {response.contentType ? <code className="text-slate-500">{response.contentType}</code> : null}
              <p>{response.description}</p>
              {response.schema ? <SchemaView schema={response.schema} labels={labels} /> : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
