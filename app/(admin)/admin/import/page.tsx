import type { Metadata } from "next";
import { getTierTree } from "@/lib/classifications/browse";
import { requireEditor } from "@/lib/auth/guards";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import and export" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireEditor();
  const majors = await getTierTree();
  return (
    <>
      <h1>Import and export</h1>
      <section aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <p>Each import is checked first. Nothing is written until you confirm the preview, and an import with any error writes nothing.</p>
        <ImportForm />
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <form className="inline-form" action="/admin/export" method="get">
          <div className="field">
            <label htmlFor="export-format">Format</label>
            <select id="export-format" name="format" defaultValue="card">
              <option value="card">Profile cards (.zip)</option>
              <option value="json">JSON</option>
              <option value="csv">CSV</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-major">Major group</label>
            <select id="export-major" name="major" defaultValue="">
              <option value="">The whole catalog</option>
              {majors.map((m) => (
                <option key={m.id} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="checkbox">
            <input id="export-all" type="checkbox" name="all" value="1" />
            <label htmlFor="export-all">Include drafts</label>
          </div>
          <button type="submit">Download</button>
        </form>
      </section>
    </>
  );
}
