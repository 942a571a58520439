"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useLocalizedResolver } from "@/i18n/use-localized-resolver";
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
import { fieldId, flattenErrors, useFieldLabel } from "./field-ids";
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
  const t = useTranslations("Admin.Form");
  const label = useFieldLabel();
  const form = useForm<ProfileFormInput, unknown, ProfileFormValues>({
    resolver: useLocalizedResolver(profileForm),
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
    setAlert({ kind: "error", message: t("invalid") });
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
            setAlert({ kind: "error", message: t("notSaved", { message: r.message }) });
            return;
          }
        }
        for (const [path, messages] of Object.entries(r.fieldErrors ?? {})) {
          if (path !== "form") setError(path as FieldPath<ProfileFormInput>, { type: "server", message: messages[0] });
        }
        setAlert({ kind: "error", message: t("notSaved", { message: r.message }) });
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
      const what = t(publish ? "published" : r.data.status === "published" ? "draftSavedPublished" : "draftSaved");
      setAlert({ kind: "success", message: t("withVersion", { what, version: r.data.version }), notes: r.data.notices });
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
    setAlert({ kind: "info", message: t("reapplied", { version: conflict.version }) });
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
    setAlert({ kind: "info", message: t("discarded", { version: conflict.version }) });
  }

  async function unpublish() {
    if (id === undefined) return;
    if (formState.isDirty) {
      setAlert({ kind: "error", message: t("saveFirst") });
      return;
    }
    setBusy(true);
    const r = await unpublishAction({ id, expectedVersion: getValues("expectedVersion")! });
    setBusy(false);
    if (!r.ok) return setAlert({ kind: "error", message: r.message });
    reset({ ...getValues(), expectedVersion: r.data.version });
    setAlert({ kind: "success", message: t("unpublished") });
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
                      {label(e.path)}
                      {t("colon")}
                      {e.message}
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
          <legend>{t("identity")}</legend>
          <TextField path="name" label={t("name")} maxLength={NAME_MAX} />
          <TextField path="reading" label={t("reading")} hint={t("readingHint")} lang="ja" />
          <div className="field">
            <label htmlFor={fieldId("slug")}>{t("slug")}</label>
            <p className="hint" id={`${fieldId("slug")}-hint`}>
              {t(creating ? "slugHintNew" : "slugHintEdit")}
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
          <legend>{t("texts")}</legend>
          <TextAreaField path="summary" label={t("summary")} rows={2} hint={t("summaryHint")} />
          <TextAreaField path="description" label={t("description")} rows={8} />
          <TextAreaField path="futureOutlook" label={t("futureOutlook")} rows={5} />
          <TextAreaField path="workStyle" label={t("workStyle")} rows={5} />
        </fieldset>
        <StringListField name="personalityTraits" legend={t("personalityTraits")} singular={t("trait")} />
        <StringListField name="careerPath" legend={t("careerPath")} singular={t("step")} hint={t("careerPathHint")} />
        <StringListField name="requiredSkills" legend={t("requiredSkills")} singular={t("requiredSkill")} />
        <StringListField name="recommendedSkills" legend={t("recommendedSkills")} singular={t("recommendedSkill")} />
        <AptitudeField kind="strengths" legend={t("strengths")} />
        <AptitudeField kind="weaknesses" legend={t("weaknesses")} />
        <StringListField name="aliases" legend={t("aliases")} singular={t("alias")} hint={t("aliasesHint")} />
        <RelatedJobsField selfId={id} />
        <div className="save-bar">
          <div className="field">
            <label htmlFor={fieldId("message")}>
              {t("changeNote")} <span className="muted">{t("optional")}</span>
            </label>
            <input
              id={fieldId("message")}
              type="text"
              maxLength={MESSAGE_MAX}
              placeholder={t("changeNotePlaceholder")}
              {...register("message")}
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t("saveDraft")}
            </button>
            <button type="button" disabled={busy} onClick={handleSubmit((v) => submit(v, true), onInvalid)}>
              {t("publish")}
            </button>
            {published && (
              <button type="button" className="secondary" disabled={busy} onClick={unpublish}>
                {t("unpublish")}
              </button>
            )}
            {formState.isDirty && <span className="muted">{t("unsaved")}</span>}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
