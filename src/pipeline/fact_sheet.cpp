#include "tally/fact_sheet.h"

#include "pipeline/claim_agents.h"
#include "pipeline/story_dating.h"
#include "tally/stories.h"

namespace tally {

std::vector<DerivedStory> DeriveStories(const std::vector<StoredDocument>& documents,
                                        const ReconcileOptions& options) {
  std::vector<const Document*> pointers;
  pointers.reserve(documents.size());
  for (const StoredDocument& d : documents) pointers.push_back(&d.document);
  std::vector<DerivedStory> derived;
  for (Story& story : GroupStories(pointers)) {
    std::vector<SourcedClaim> claims;
    for (std::size_t index : story.documents) {
      const StoredDocument& stored = documents[index];
      for (std::size_t ordinal = 0; ordinal < stored.claims.size(); ++ordinal) {
        claims.push_back(MakeSourcedClaim(stored.document, stored.claims[ordinal]));
        claims.back().ordinal = ordinal;
      }
    }
    internal::DateUndatedByStory(documents, story.documents, claims);
    internal::ShareSoleAgent(claims);
    DerivedStory d;
    d.reconciliation = Reconcile(std::move(claims), options);
    d.story = std::move(story);
    derived.push_back(std::move(d));
  }
  return derived;
}

}  // namespace tally
