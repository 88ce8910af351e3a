import ReactMarkdown from "react-markdown";

/**
 * Renders content Markdown. Raw HTML in content is never interpreted (react-markdown
 * without rehype-raw), so a summary containing <script> is inert text.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-summary">
      <ReactMarkdown skipHtml={false} disallowedElements={["img"]} unwrapDisallowed>
        {children}
      </ReactMarkdown>
    </div>
  );
}
