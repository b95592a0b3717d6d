# Data files of the claims stage, relative to data/.
list(APPEND TALLY_DATA_FILES
  claims/aggregates.tsv
  claims/attribution.tsv
  claims/auxiliaries.tsv
  claims/bridges.tsv
  claims/measures.tsv
  claims/modality.tsv
  claims/charges.tsv
  claims/clause_breaks.tsv
  claims/negators.tsv
  claims/ordinals.tsv
  claims/other_event_cues.tsv
  claims/possessives.tsv
  claims/reflexives.tsv
  claims/places.tsv
  claims/persons.tsv
  claims/severity.tsv
  claims/subgroups.tsv
  claims/measures/cases.tsv
  claims/measures/deployed.tsv
  claims/measures/detained.tsv
  claims/measures/displaced.tsv
  claims/measures/injured.tsv
  claims/measures/killed.tsv
  claims/measures/missing.tsv
  claims/measures/protesters.tsv
  claims/measures/shot.tsv)
