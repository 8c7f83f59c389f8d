#include "tablegenerator.h"

#include <QFile>
#include <QStringList>

namespace {

// A small linear congruential generator: the same seed gives the same table
// on every machine, which std::mt19937's distributions do not promise.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL)
    {
    }
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }

private:
    quint64 m_state;
};

const char *const ministries[] = {
    "Ministère de l'Intérieur",
    "Services du Premier ministre",
    "Ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation",
    "Ministère des Armées",
    "Ministère du Travail, de l'Emploi et de l'Insertion",
    "Ministère de l'Éducation nationale, de la Jeunesse et des Sports",
    "Ministère des Solidarités et de la Santé",
    "Ministère de la Transformation et de la Fonction publiques",
    "Ministère de l'Économie, des Finances et de la Relance",
    "Ministère de la Transition écologique",
    "Ministère de la Culture",
    "Ministère de l'Agriculture et de l'Alimentation",
    "Ministère de la Justice",
    "Ministère de la Cohésion des territoires et des Relations avec les collectivités "
    "territoriales",
    "Ministère de l'Europe et des Affaires étrangères",
    "Ministère de la Mer",
    "Ministère des Sports",
    "Ministère des Outre-mer",
    "Ministère de la Ville",
    "Ministère du Logement",
};

const char *const subjects[] = {
    "Base des établissements",    "Répertoire des aides",     "Indicateurs de qualité",
    "Registre des bénéficiaires", "Annuaire des services",    "Données de fréquentation",
    "Statistiques annuelles",     "Référentiel géographique", "Catalogue des procédures",
    "Résultats des contrôles",    "Carte des équipements",    "Suivi budgétaire",
};

const char *const kinds[] = {"Données", "Données", "Données", "API", "Code source"};
const char *const statuses[] = {
    "Disponible",     "Disponible",          "Planifié", "Planifié", "En cours",
    "Non disponible", "Mise à jour requise", "Abandonné"};

QByteArray quoted(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n'))
        return field;
    QByteArray out = field;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

QByteArray quarterText(int key)
{
    return "T" + QByteArray::number(key % 4 + 1) + " " + QByteArray::number(key / 4);
}

} // namespace

namespace TableGenerator {

bool write(const QString &path, qint64 rows, QString *error, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    Random rnd(seed);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "\"Données, API ou code source\",\"Données, API, Codes sources concernés\","
              "Ministère,État d'avancement,Échéance annoncée par les ministères,URL,"
              "Date d'ouverture effective,Échéance initiale,Commentaire\r\n";
    const int firstKey = 2019 * 4;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray kind = kinds[rnd.below(5)];
        const QByteArray ministry = ministries[rnd.below(20)];
        const QByteArray status = statuses[rnd.below(8)];
        const int initial = firstKey + rnd.below(28);
        const int announced = rnd.below(4) == 0 ? initial + 1 + rnd.below(4) : initial;
        QByteArray title = QByteArray(subjects[rnd.below(12)]) + " n°" + QByteArray::number(i + 1);
        if (rnd.below(10) == 0)
            title += ", édition " + QByteArray::number(2019 + rnd.below(6));
        QByteArray url;
        QByteArray date;
        if (status == "Disponible" || status == "Mise à jour requise") {
            url = "https://www.data.gouv.fr/fr/datasets/jeu-" + QByteArray::number(i + 1) + "/";
            const int effective = announced - 1 + rnd.below(5);
            const int month = (effective % 4) * 3 + 1 + rnd.below(3);
            const int day = 1 + rnd.below(28);
            date = QByteArray::number(day).rightJustified(2, '0') + "/" +
                   QByteArray::number(month).rightJustified(2, '0') + "/" +
                   QByteArray::number(effective / 4);
        }
        QByteArray comment;
        switch (rnd.below(20)) {
        case 0:
            comment = "Reporté : dépendance \"à confirmer\",\nvoir CIAD.";
            break;
        case 1:
            comment = "Ouvert en retard, accès sur habilitation";
            break;
        default:
            break;
        }
        buffer += quoted(kind) + ',' + quoted(title) + ',' + quoted(ministry) + ',' + status + ',' +
                  quarterText(announced) + ',' + url + ',' + date + ',' + quarterText(initial) +
                  ',' + quoted(comment) + "\r\n";
        if (buffer.size() > (1 << 20) - 4096) {
            if (file.write(buffer) != buffer.size()) {
                if (error)
                    *error = QStringLiteral("%1: %2").arg(path, file.errorString());
                return false;
            }
            buffer.clear();
        }
    }
    if (file.write(buffer) != buffer.size() || !file.flush()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace TableGenerator
