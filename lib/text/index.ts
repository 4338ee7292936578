export {
  analyzeText, analyzePageTexts, citizenQuestionEvidence, detectLanguage, isCitizenQuestion, TEXT_LABELS,
  type AnalyzeOptions, type LabelResult, type TextAnalysis, type TextLabel, type TextLang,
} from './analyze-text';
