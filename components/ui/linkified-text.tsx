import { Fragment } from "react";

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Plain text with its http(s) addresses turned into links (React escapes the rest). */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="mt-2 whitespace-pre-wrap font-sans text-sm text-slate-800">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="text-blue-700 underline">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}
