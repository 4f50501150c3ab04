/**
 * Predict, then reveal: before an experiment's predictions and result are shown, a student says
 * what each hypothesis predicts for it (the drug's effect on the readout lost, retained or partly
 * kept). Each answer is marked against the diagram's own prediction (`experiments.ts`).
 *
 * Pure TypeScript: no React, Cytoscape or store. Nothing here is stored or sent; the store keeps the
 * visit's answers in memory and the embed bridge tells a host page that asked.
 */
import type { ExperimentPredictions, LayerPrediction } from './experiments';

/** What a student may answer for a hypothesis. */
export const GUESSES = ['lost', 'retained', 'partial'] as const;
export type Guess = (typeof GUESSES)[number];

/** How a guess reads on screen. */
export const GUESS_TEXT: Readonly<Record<Guess, string>> = {
  lost: 'effect lost',
  retained: 'effect retained',
  partial: 'partly kept',
};

/** One marked answer. */
export interface Answer {
  readonly experiment: string;
  readonly layer: string;
  readonly guess: Guess;
  /** What the diagram's hypothesis predicts. */
  readonly predicted: 'lost' | 'retained';
  /** The guess is the hypothesis's prediction. */
  readonly correct: boolean;
}

type Predicting = LayerPrediction & { readonly prediction: 'lost' | 'retained' };

/** The hypotheses a student is asked about: those that make a prediction, in display order. */
export function askedLayers(predictions: ExperimentPredictions): readonly Predicting[] {
  return predictions.layers.filter((p): p is Predicting => p.prediction !== 'no-prediction');
}

/**
 * Mark a student's guesses: one answer per asked hypothesis, in display order. Returns null until
 * every asked hypothesis has a guess (a reveal needs them all); guesses for others are ignored.
 */
export function markGuesses(
  predictions: ExperimentPredictions,
  guesses: Readonly<Record<string, Guess | undefined>>,
): readonly Answer[] | null {
  const asked = askedLayers(predictions);
  const answers: Answer[] = [];
  for (const p of asked) {
    const guess = guesses[p.layerId];
    if (guess === undefined) return null;
    answers.push({
      experiment: predictions.experimentId,
      layer: p.layerId,
      guess,
      predicted: p.prediction,
      correct: guess === p.prediction,
    });
  }
  return answers;
}

export interface Score {
  readonly correct: number;
  readonly answered: number;
}

/** The running score of a visit: correct answers out of all answered. */
export function scoreOf(answers: readonly Answer[]): Score {
  return { correct: answers.filter((a) => a.correct).length, answered: answers.length };
}
