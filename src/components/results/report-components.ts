/** The components a report (or methodology page) may embed by name; docs/authoring.md lists them. */
import AggregateTable from './AggregateTable.astro';
import BandDistribution from './BandDistribution.astro';
import CriterionResults from './CriterionResults.astro';
import DimensionMeans from './DimensionMeans.astro';
import EnablersVsResults from './EnablersVsResults.astro';
import SampleDataNotice from './SampleDataNotice.astro';
import ScoreProfile from './ScoreProfile.astro';
import StrengthsList from './StrengthsList.astro';

export const reportComponents = {
  AggregateTable,
  BandDistribution,
  CriterionResults,
  DimensionMeans,
  EnablersVsResults,
  SampleDataNotice,
  ScoreProfile,
  StrengthsList,
};
