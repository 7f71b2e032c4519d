"""Non-political articles yield no events; political ones told in compounds still do."""

from iltis.events.coder import off_topic

SPORT = ("Der Trainer lobte die Mannschaft nach dem Spiel. Im Finale der Liga gelang dem Stürmer ein Tor "
         "in der zweiten Halbzeit. Die Saison endet mit einem Sieg, der Verein ist Meister. "
         "Der Präsident des Vereins kritisierte den Schiedsrichter.")
SCIENCE_POLITICS = ("Die Universität hat der Europaabgeordneten ihren Doktortitel aberkannt. Eine Studie der "
                    "Forscher hatte Fehler gefunden. Auch die Dissertation eines Bundesverteidigungsministers hatten "
                    "Wissenschaftler geprüft. Der Landesregierung warf die Europaabgeordnete am Montag vor, die "
                    "Universität unter Druck gesetzt zu haben.")


def test_sport_report_is_off_topic(code):
    doc = code(SPORT)
    assert off_topic(doc) == "de.topic.sport" and doc.events == []


def test_political_words_inside_compounds_keep_an_article_on_topic(code):
    doc = code(SCIENCE_POLITICS)
    assert off_topic(doc) is None and any(e.type == "ACCUSE" for e in doc.events)
