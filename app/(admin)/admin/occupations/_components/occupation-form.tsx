"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import type { ActionResult } from "@/lib/auth/action";
import { profileForm, type ProfileFormInput, type ProfileFormValues, type SaveOccupationInput } from "@/lib/occupations/form-schema";
import { MESSAGE_MAX } from "@/lib/occupations/form-schema";
import { NAME_MAX, SLUG_MAX, type ProfileContent } from "@/lib/occupations/schema";
import { slugBase } from "@/lib/occupations/slug-base";
import { loadConflict, unpublishAction, type ConflictState } from "../[id]/edit/actions";
import { AptitudeField } from "./aptitude-field";
import { ClassificationField, type TierOption } from "./classification-field";
import { ConflictPanel } from "./conflict-panel";
import { fieldId, flattenErrors, labelFor } from "./field-ids";
import { TextAreaField, TextField } from "./fields";
import { editedPaths, valueAt } from "./merge-edits";
import { RelatedJobsField } from "./related-jobs-field";
import type { SaveResult } from "./save-result";
import type { StatusInfo } from "./status-badge";
import { StringListField } from "./string-list-field";
import { useUnsavedGuard } from "./use-unsaved-guard";

type Alert = { kind: "error" | "success" | "info"; message: string; notes?: string[] };

export function OccupationForm({
  id,
  initial,
  status,
  tiers,
  save,
}: {
  id?: number;
  initial: ProfileFormInput;
  status?: StatusInfo;
  tiers: TierOption[];
  save: (input: SaveOccupationInput) => Promise<ActionResult<SaveResult>>;
}) {
  const router = useRouter();
  const form = useForm<ProfileFormInput, unknown, ProfileFormValues>({
    resolver: zodResolver(profileForm),
    defaultValues: initial,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, setError, reset, setValue, getValues, formState } = form;
  const [alert, setAlert] = useState<Alert | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [busy, setBusy] = useState(false);
  const slugTouched = useRef(!!initial.slug);
  const alertRef = useRef<HTMLDivElement>(null);
  const creating = id === undefined;
  useUnsavedGuard(formState.isDirty);

  // A new profile's slug follows its name until the editor types one.
  const [name, reading] = useWatch({ control: form.control, name: ["name", "reading"] });
  useEffect(() => {
    if (creating && !slugTouched.current) setValue("slug", slugBase(name ?? "", reading ?? ""));
  }, [creating, name, reading, setValue]);

  const focusFirstError = () =>
    setTimeout(() => {
      const el = document.querySelector<HTMLElement>("form.occupation-form [aria-invalid='true']");
      if (el) {
        el.scrollIntoView({ block: "center" });
        el.focus();
      } else alertRef.current?.focus();
    }, 30);

  const onInvalid = () => {
    setAlert({ kind: "error", message: "Some fields need attention. Nothing was saved." });
    focusFirstError();
  };

  async function submit(values: ProfileFormValues, publish: boolean) {
    setBusy(true);
    setAlert(null);
    try {
      const r = await save({ ...values, id, publish });
      if (!r.ok) {
        if (r.status === 412 && id !== undefined) {
          const c = await loadConflict({ id });
          if (c.ok) {
            setConflict(c.data);
            setAlert({ kind: "error", message: `Not saved: ${r.message}` });
            return;
          }
        }
        for (const [path, messages] of Object.entries(r.fieldErrors ?? {})) {
          if (path !== "form") setError(path as FieldPath<ProfileFormInput>, { type: "server", message: messages[0] });
        }
        setAlert({ kind: "error", message: `Not saved: ${r.message}` });
        focusFirstError();
        return;
      }
      if (creating) {
        reset(values);
        router.replace(`/admin/occupations/${r.data.id}/edit?notice=${publish ? "created-published" : "created"}`);
        return;
      }
      reset({ ...values, slug: r.data.slug, expectedVersion: r.data.version, message: "", reverseLinks: [] });
      setConflict(null);
      const what = publish
        ? "Published. The public page shows this version now."
        : r.data.status === "published"
          ? "Draft saved. The public page keeps the published version until you publish."
          : "Draft saved.";
      setAlert({ kind: "success", message: `${what} (version ${r.data.version})`, notes: r.data.notices });
      router.refresh();
    } finally {
      setBusy(false);
      setTimeout(() => alertRef.current?.focus(), 0);
    }
  }

  function reapply() {
    if (!conflict) return;
    const base = formState.defaultValues as ProfileFormInput;
    const mine = getValues();
    const edited = editedPaths(base, mine);
    reset({
      ...conflict.current,
      industry: conflict.current.industry ?? "",
      slug: conflict.slug,
      expectedVersion: conflict.version,
      message: mine.message,
      reverseLinks: mine.reverseLinks,
    });
    for (const path of edited) setValue(path as FieldPath<ProfileFormInput>, valueAt(mine, path) as never, { shouldDirty: true });
    setConflict(null);
    setAlert({ kind: "info", message: `Your changes are now on top of version ${conflict.version}. Check them, then save again.` });
  }

  function discardMine() {
    if (!conflict) return;
    reset({
      ...conflict.current,
      industry: conflict.current.industry ?? "",
      slug: conflict.slug,
      expectedVersion: conflict.version,
      message: "",
      reverseLinks: [],
    });
    setConflict(null);
    setAlert({ kind: "info", message: `Loaded version ${conflict.version}; your changes were discarded.` });
  }

  async function unpublish() {
    if (id === undefined) return;
    if (formState.isDirty) {
      setAlert({ kind: "error", message: "Save or discard your changes before unpublishing." });
      return;
    }
    setBusy(true);
    const r = await unpublishAction({ id, expectedVersion: getValues("expectedVersion")! });
    setBusy(false);
    if (!r.ok) return setAlert({ kind: "error", message: r.message });
    reset({ ...getValues(), expectedVersion: r.data.version });
    setAlert({ kind: "success", message: "Unpublished. The profile is a draft and no longer on the public site." });
    router.refresh();
  }

  const summary = flattenErrors(formState.errors);
  const published = status?.status === "published";

  return (
    <FormProvider {...form}>
      {conflict && (
        <ConflictPanel
          base={formState.defaultValues as ProfileContent}
          current={conflict.current}
          mine={getValues() as ProfileContent}
          version={conflict.version}
          onReapply={reapply}
          onDiscard={discardMine}
        />
      )}
      <div ref={alertRef} tabIndex={-1} className="alert-slot">
        {alert && (
          <div role={alert.kind === "error" ? "alert" : "status"} className={`alert ${alert.kind}`}>
            <p>{alert.message}</p>
            {alert.kind === "error" && summary.length > 0 && (
              <ul>
                {summary.map((e) => (
                  <li key={e.path}>
                    <a href={`#${fieldId(e.path)}`}>
                      {labelFor(e.path)}: {e.message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {alert.notes?.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
      </div>
      <form className="occupation-form stack" noValidate onSubmit={handleSubmit((v) => submit(v, false), onInvalid)}>
        <fieldset className="group">
          <legend>Identity</legend>
          <TextField path="name" label="Name" maxLength={NAME_MAX} />
          <TextField path="reading" label="Reading" hint="In hiragana or katakana, e.g. ようせつこう." lang="ja" />
          <div className="field">
            <label htmlFor={fieldId("slug")}>Slug</label>
            <p className="hint" id={`${fieldId("slug")}-hint`}>
              {creating
                ? "The address of the public page; filled in from the name, edit it if you like."
                : "Changing it changes the public address of this profile."}
            </p>
            <input
              id={fieldId("slug")}
              type="text"
              maxLength={SLUG_MAX}
              aria-invalid={!!formState.errors.slug || undefined}
              aria-describedby={[`${fieldId("slug")}-hint`, formState.errors.slug ? `${fieldId("slug")}-error` : ""].join(" ").trim()}
              {...register("slug", {
                onChange: () => {
                  slugTouched.current = true;
                },
              })}
            />
            {formState.errors.slug && (
              <p id={`${fieldId("slug")}-error`} className="field-error">
                {formState.errors.slug.message}
              </p>
            )}
          </div>
        </fieldset>
        <ClassificationField tiers={tiers} />
        <fieldset className="group">
          <legend>Texts</legend>
          <TextAreaField path="summary" label="Summary" rows={2} hint="One or two sentences shown in lists and search results." />
          <TextAreaField path="description" label="Description" rows={8} />
          <TextAreaField path="futureOutlook" label="Future outlook" rows={5} />
          <TextAreaField path="workStyle" label="Work style" rows={5} />
        </fieldset>
        <StringListField name="personalityTraits" legend="Personality traits" singular="Trait" />
        <StringListField
          name="careerPath"
          legend="Career path"
          singular="Step"
          hint="In order, from entry to senior roles. Steps named like another profile link to it."
        />
        <StringListField name="requiredSkills" legend="Required skills" singular="Required skill" />
        <StringListField name="recommendedSkills" legend="Recommended skills" singular="Recommended skill" />
        <AptitudeField kind="strengths" legend="Aptitudes: strengths preferred" />
        <AptitudeField kind="weaknesses" legend="Aptitudes: weaknesses acceptable" />
        <StringListField name="aliases" legend="Aliases" singular="Alias" hint="Other names people search for; each once." />
        <RelatedJobsField selfId={id} />
        <div className="save-bar">
          <div className="field">
            <label htmlFor={fieldId("message")}>
              Change note <span className="muted">(optional)</span>
            </label>
            <input
              id={fieldId("message")}
              type="text"
              maxLength={MESSAGE_MAX}
              placeholder="What did you change, and why?"
              {...register("message")}
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={busy}>
              Save draft
            </button>
            <button type="button" disabled={busy} onClick={handleSubmit((v) => submit(v, true), onInvalid)}>
              Publish
            </button>
            {published && (
              <button type="button" className="secondary" disabled={busy} onClick={unpublish}>
                Unpublish
              </button>
            )}
            {formState.isDirty && <span className="muted">Unsaved changes</span>}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
