/**
 * Reading and writing the {@code peelkit/v1} YAML format: {@link io.github.peelkit.yaml.YamlReader}
 * reads files, folders or texts into a {@link io.github.peelkit.yaml.Catalog} and a list of located
 * {@link io.github.peelkit.yaml.Problem}s, {@link io.github.peelkit.yaml.ProblemPrinter} prints them
 * as text or JSON ({@link io.github.peelkit.yaml.TerminalText} makes any other text from input
 * printable as problems are), {@link io.github.peelkit.yaml.YamlWriter} writes models back, and
 * {@link io.github.peelkit.yaml.Schema} is the format's JSON Schema.
 *
 * <h2>How the reader reads</h2>
 *
 * <ul>
 *   <li>Files are UTF-8, with or without a byte order mark; anything else is {@code PK001}, located
 *       at the first byte that is not UTF-8. Lines and columns are 1-based; columns count Unicode
 *       code points.
 *   <li>Plain scalars are typed by the YAML 1.2 core schema, in model fields and extensions alike:
 *       {@code null}, {@code ~} and nothing are null; {@code true}, {@code True}, {@code TRUE} (and
 *       the same for false) are booleans; {@code 12}, {@code 0o17}, {@code 0x1F} are integers;
 *       {@code 0.857}, {@code .5}, {@code 1e3} are numbers, kept exactly as written; {@code .inf} and
 *       {@code .nan} are refused. Everything else, and every quoted or block scalar, is text: {@code
 *       no}, {@code yes}, {@code on}, {@code 0b101}, {@code 2022-10-14}. Nothing is re-typed: text
 *       where a number is due is {@code PK006}, and so is a number where text is due. An integer field
 *       takes a number with a zero fraction ({@code 196.0}) as that integer, as JSON Schema does.
 *   <li>The values of enumerations (finding kinds, ungraded reasons, interval methods, evidence
 *       kinds, document kinds) are their ids exactly; references to scales, frameworks, areas and
 *       grades take an id, name, label or alias in any case.
 *   <li>A key given twice in one mapping is {@code PK001}: YAML requires keys to be unique, and
 *       {@code PK007} is kept for ids of the model given twice.
 *   <li>Anchors, aliases, tags and merge keys ({@code <<} written plain) are {@code PK016}. A
 *       document that is empty (a {@code ---} with nothing after it) is {@code PK005}, like a file
 *       without any document.
 *   <li>A folder is read recursively for files ending in {@code .yaml} or {@code .yml} in any case,
 *       in the order of their paths relative to the folder (compared as text, with {@code /} between
 *       names); names starting with a dot are skipped, and symbolic links inside the folder are not
 *       followed.
 *   <li>The built-in catalogue's ids are fixed: a document may restate a built-in item, but
 *       references name the built-in one, and a restatement that differs from it where references
 *       depend on it is {@code PK007}.
 *   <li>At most {@link io.github.peelkit.yaml.Limits#maxProblems()} problems are reported per file.
 * </ul>
 */
package io.github.peelkit.yaml;
