import { type ScaleDraft, type ScaleTemplate, scaleDraft } from '../../../domain/scales';
import { t } from '../../../i18n';

/** The scale a template starts, in the words of the adult screens' language. */
export function templateDraft(template: ScaleTemplate): ScaleDraft {
  return scaleDraft(t(`scaleTemplate.${template}.name`), (level) => ({
    label: t(`scaleTemplate.${template}.${level}.label`),
    looksLike: t(`scaleTemplate.${template}.${level}.looksLike`),
    feelsLike: t(`scaleTemplate.${template}.${level}.feelsLike`),
    staffResponse: t(`scaleTemplate.${template}.${level}.staffResponse`),
  }));
}

/** A scale from scratch: the usual colours, and words for the teacher to write. */
export function emptyDraft(): ScaleDraft {
  return scaleDraft('', () => ({ label: '', looksLike: '', staffResponse: '' }));
}
