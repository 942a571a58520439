/**
 * The backends.vcl that deploy/varnish/default.vcl includes, for instances on 127.0.0.1 (the shape
 * of deploy/varnish/backends.example.vcl), and the varnishd command line that serves it.
 */
import path from "node:path";

export const VCL_DIR = path.resolve("deploy/varnish");

/** Probe timing: an instance killed is sick after about two failed probes (≈ 2 s). */
export function backendsVcl(ports: number[], host = "127.0.0.1"): string {
  const lines = [
    "# Written by npm run cluster: the instances on this machine.",
    "probe catalog_health {",
    '    .url = "/api/health";',
    "    .interval = 500ms;",
    "    .timeout = 1s;",
    "    .window = 3;",
    "    .threshold = 2;",
    "    .initial = 2;",
    "}",
  ];
  ports.forEach((port, i) => {
    lines.push(`backend app${i + 1} { .host = "${host}"; .port = "${port}"; .probe = catalog_health; .connect_timeout = 1s; }`);
    lines.push(`backend app${i + 1}_any { .host = "${host}"; .port = "${port}"; .connect_timeout = 1s; }`);
  });
  lines.push("acl purgers {", `    "${host}";`, "}");
  lines.push("sub vcl_init {", "    new healthy = directors.round_robin();", "    new all = directors.round_robin();");
  ports.forEach((_, i) => lines.push(`    healthy.add_backend(app${i + 1});`, `    all.add_backend(app${i + 1}_any);`));
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** varnishd in the foreground (-F) so that its pid is the one to stop; its work directory under workDir. */
export function varnishdArgs(opts: { port: number; workDir: string; vclDir: string; memoryMb?: number }): string[] {
  return [
    "-F",
    "-f",
    path.join(VCL_DIR, "default.vcl"),
    "-a",
    `127.0.0.1:${opts.port}`,
    "-n",
    opts.workDir,
    "-s",
    `malloc,${opts.memoryMb ?? 256}m`,
    "-p",
    `vcl_path=${opts.vclDir}:${VCL_DIR}`,
    "-p",
    `vmod_path=${vmodPath()}`,
    // No admin socket needed: the cluster script stops varnishd by its pid.
    "-T",
    "none",
  ];
}

/** Debian puts the vmods (xkey from varnish-modules) under the multiarch lib directory. */
function vmodPath(): string {
  return ["/usr/lib/x86_64-linux-gnu/varnish/vmods", "/usr/lib/aarch64-linux-gnu/varnish/vmods", "/usr/lib/varnish/vmods"].join(":");
}
