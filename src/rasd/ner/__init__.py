"""Named-entity tagging: word tokens with offsets, tagger features, the shipped BiLSTM-CRF run with numpy."""
