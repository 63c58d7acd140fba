import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { formaterEuros } from '@mse/shared/commun/montant';
import { MOTIFS_REFUS, type CodeMotifRefus } from '@mse/shared/instruction/motifs-refus';
import { CODES_MOTIFS_RUPTURE, MOTIFS_RUPTURE, type MotifRupture } from '@mse/shared/instruction/rupture';
import type { ActionInstruction, DemandeOpco } from '@mse/shared/instruction/instruction.schema';
import { useState, type ReactNode } from 'react';
import { DialogueDecision, useDialogueDecision, type ErreursDecision } from '../../../components/ui/dialogue-decision';
import { useDecision, type Corps } from '../api/demande-opco';
import { TEXTES } from '../textes';

const T = TEXTES.actions;
// Mantine's default error red is too light on white for WCAG AA (4.5:1).
const ERREUR_LISIBLE = { error: { color: 'var(--mantine-color-red-9)' } };

const sansErreur: ErreursDecision = { champs: {} };
const TEXTES_DIALOGUE = { ...T, echec: 'La décision n’est pas enregistrée' };

type Props = { demande: DemandeOpco; fini: (message: string) => void };

function useDialogue<A extends ActionInstruction>(numero: string, action: A, fini: (m: string) => void) {
  const mutation = useDecision(numero, action) as unknown as { mutate: (corps: Corps[A], o: { onSuccess: () => void; onError: (e: Error) => void }) => void; isPending: boolean };
  return useDialogueDecision(mutation, () => fini(T.faites[action]));
}

function Commencer({ demande, fini }: Props) {
  const mutation = useDecision(demande.numero, 'commencerInstruction');
  return (
    <Stack gap={4}>
      <Button onClick={() => mutation.mutate(undefined, { onSuccess: () => fini(T.faites.commencerInstruction) })} loading={mutation.isPending}>
        {T.commencerInstruction}
      </Button>
      {mutation.error && (
        <Text c="red.9" size="sm" role="alert">
          {mutation.error.message}
        </Text>
      )}
    </Stack>
  );
}

function DemanderComplements({ demande, fini }: Props) {
  const d = useDialogue(demande.numero, 'demanderComplements', fini);
  const C = TEXTES.complements;
  const [pieces, setPieces] = useState<string[]>([]);
  const [champs, setChamps] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const etapes = [...new Set(demande.champsDemandables.map((c) => c.etape))];
  const soumettre = () => {
    if (pieces.length + champs.length === 0) return d.setErreurs({ champs: { pieces: C.aucunChoix } });
    d.envoyer({ pieces, champs, message });
  };
  return (
    <>
      <Button variant="light" onClick={d.ouvrir}>
        {T.demanderComplements}
      </Button>
      <DialogueDecision textes={TEXTES_DIALOGUE} titre={T.demanderComplements} ouvert={d.ouvert} fermer={d.fermer} soumettre={soumettre} enCours={d.enCours} erreurs={d.erreurs} confirmer={C.envoyer}>
        <Checkbox.Group
          label={C.pieces}
          value={pieces}
          onChange={(v) => {
            setPieces(v);
            d.setErreurs(sansErreur);
          }}
          error={d.erreurs.champs.pieces}
          styles={ERREUR_LISIBLE}
        >
          <Stack gap={6} mt="xs">
            {demande.piecesDemandables.map((p) => (
              <Checkbox key={p.type} value={p.type} label={p.libelle} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group
          label={C.champs}
          value={champs}
          onChange={(v) => {
            setChamps(v);
            d.setErreurs(sansErreur);
          }}
          error={d.erreurs.champs.champs}
          styles={ERREUR_LISIBLE}
        >
          <Stack gap="sm" mt="xs" mah={300} style={{ overflowY: 'auto' }}>
            {etapes.map((etape) => (
              <fieldset key={etape} style={{ border: 0, padding: 0, margin: 0 }}>
                <Text component="legend" fw={600} size="sm">
                  {etape}
                </Text>
                <Stack gap={4} mt={4}>
                  {demande.champsDemandables
                    .filter((c) => c.etape === etape)
                    .map((c) => (
                      <Checkbox key={c.chemin} value={c.chemin} label={c.libelle} />
                    ))}
                </Stack>
              </fieldset>
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label={C.message} description={C.messageAide} required autosize minRows={3} value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={d.erreurs.champs.message} />
      </DialogueDecision>
    </>
  );
}

function Accepter({ demande, fini }: Props) {
  const d = useDialogue(demande.numero, 'accepter', fini);
  const A = TEXTES.accepter;
  const reference = demande.montantReferenceCentimes;
  const [euros, setEuros] = useState<number | string>(reference === null ? '' : reference / 100);
  const [motif, setMotif] = useState('');
  const centimes = typeof euros === 'number' ? Math.round(euros * 100) : euros === '' ? null : Math.round(Number(String(euros).replace(',', '.')) * 100);
  const modifie = centimes !== reference;
  const soumettre = () => {
    if (centimes === null) return d.setErreurs({ champs: { montantCentimes: A.montantSansCalcul } });
    if (modifie && !motif.trim()) return d.setErreurs({ champs: { motif: A.motifRequis } });
    d.envoyer(modifie ? { montantCentimes: centimes, motif } : {});
  };
  return (
    <>
      <Button color="teal.9" onClick={d.ouvrir}>
        {T.accepter}
      </Button>
      <DialogueDecision textes={TEXTES_DIALOGUE} titre={T.accepter} ouvert={d.ouvert} fermer={d.fermer} soumettre={soumettre} enCours={d.enCours} erreurs={d.erreurs} confirmer={A.confirmer} couleur="teal.9">
        <NumberInput
          label={A.montant}
          description={reference === null ? A.montantSansCalcul : A.montantAide(formaterEuros(reference))}
          value={euros}
          onChange={setEuros}
          min={0}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator=" "
          required
          error={d.erreurs.champs.montantCentimes}
        />
        <Textarea label={A.motif} required={modifie} autosize minRows={2} value={motif} onChange={(e) => setMotif(e.currentTarget.value)} error={d.erreurs.champs.motif} />
      </DialogueDecision>
    </>
  );
}

function Refuser({ demande, fini }: Props) {
  const d = useDialogue(demande.numero, 'refuser', fini);
  const R = TEXTES.refuser;
  const [motif, setMotif] = useState<CodeMotifRefus | ''>('');
  const [texte, setTexte] = useState('');
  const soumettre = () => {
    if (!motif) return d.setErreurs({ champs: { motif: R.choisir } });
    d.envoyer({ motif, texte });
  };
  return (
    <>
      <Button color="red.9" variant="outline" onClick={d.ouvrir}>
        {T.refuser}
      </Button>
      <DialogueDecision textes={TEXTES_DIALOGUE} titre={T.refuser} ouvert={d.ouvert} fermer={d.fermer} soumettre={soumettre} enCours={d.enCours} erreurs={d.erreurs} confirmer={R.confirmer} couleur="red.9">
        <NativeSelect
          label={R.motif}
          required
          value={motif}
          onChange={(e) => setMotif(e.currentTarget.value as CodeMotifRefus)}
          data={[{ value: '', label: R.choisir }, ...MOTIFS_REFUS.map((m) => ({ value: m.code, label: m.libelle }))]}
          error={d.erreurs.champs.motif}
        />
        <Textarea label={R.texte} required autosize minRows={3} value={texte} onChange={(e) => setTexte(e.currentTarget.value)} error={d.erreurs.champs.texte} />
      </DialogueDecision>
    </>
  );
}

function Annuler({ demande, fini }: Props) {
  const d = useDialogue(demande.numero, 'annuler', fini);
  const [motif, setMotif] = useState('');
  return (
    <>
      <Button color="gray.8" variant="outline" onClick={d.ouvrir}>
        {T.annuler}
      </Button>
      <DialogueDecision textes={TEXTES_DIALOGUE} titre={T.annuler} ouvert={d.ouvert} fermer={d.fermer} soumettre={() => d.envoyer({ motif })} enCours={d.enCours} erreurs={d.erreurs} confirmer={TEXTES.annuler.confirmer} couleur="gray.8">
        <Textarea label={TEXTES.annuler.motif} required autosize minRows={2} value={motif} onChange={(e) => setMotif(e.currentTarget.value)} error={d.erreurs.champs.motif} />
      </DialogueDecision>
    </>
  );
}

function Attribuer({ demande, fini }: Props) {
  const d = useDialogue(demande.numero, 'attribuer', fini);
  const [gestionnaireId, setGestionnaireId] = useState(demande.gestionnaire?.id ?? demande.gestionnaires[0]?.id ?? '');
  return (
    <>
      <Button variant="default" onClick={d.ouvrir}>
        {T.attribuer}
      </Button>
      <DialogueDecision textes={TEXTES_DIALOGUE} titre={TEXTES.attribuer.confirmer} ouvert={d.ouvert} fermer={d.fermer} soumettre={() => d.envoyer({ gestionnaireId })} enCours={d.enCours} erreurs={d.erreurs} confirmer={TEXTES.attribuer.confirmer}>
        <NativeSelect label={TEXTES.attribuer.gestionnaire} value={gestionnaireId} onChange={(e) => setGestionnaireId(e.currentTarget.value)} data={demande.gestionnaires.map((g) => ({ value: g.id, label: g.nom }))} error={d.erreurs.champs.gestionnaireId} />
      </DialogueDecision>
    </>
  );
}

function EnregistrerRupture({ demande, fini }: Props) {
  const d = useDialogue(demande.numero, 'enregistrerRupture', fini);
  const R = TEXTES.rupture;
  const [date, setDate] = useState('');
  const [motif, setMotif] = useState<MotifRupture | ''>('');
  const [precision, setPrecision] = useState('');
  const soumettre = () => {
    if (!date) return d.setErreurs({ champs: { date: R.dateRequise } });
    if (!motif) return d.setErreurs({ champs: { motif: R.choisir } });
    d.envoyer({ date, motif, ...(precision.trim() ? { precision } : {}) });
  };
  return (
    <>
      <Button variant="outline" color="gray.8" onClick={d.ouvrir}>
        {T.enregistrerRupture}
      </Button>
      <DialogueDecision textes={TEXTES_DIALOGUE} titre={T.enregistrerRupture} ouvert={d.ouvert} fermer={d.fermer} soumettre={soumettre} enCours={d.enCours} erreurs={d.erreurs} confirmer={R.confirmer}>
        <TextInput
          type="date"
          label={R.date}
          description={R.dateAide}
          required
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
            d.setErreurs(sansErreur);
          }}
          error={d.erreurs.champs.date}
          styles={ERREUR_LISIBLE}
        />
        <NativeSelect
          label={R.motif}
          required
          value={motif}
          onChange={(e) => {
            setMotif(e.currentTarget.value as MotifRupture);
            d.setErreurs(sansErreur);
          }}
          styles={ERREUR_LISIBLE}
          data={[{ value: '', label: R.choisir }, ...CODES_MOTIFS_RUPTURE.map((c) => ({ value: c, label: MOTIFS_RUPTURE[c] }))]}
          error={d.erreurs.champs.motif}
        />
        <Textarea label={R.precision} autosize minRows={2} value={precision} onChange={(e) => setPrecision(e.currentTarget.value)} error={d.erreurs.champs.precision} />
      </DialogueDecision>
    </>
  );
}

const COMPOSANTS: Record<ActionInstruction, (p: Props) => ReactNode> = {
  commencerInstruction: Commencer,
  demanderComplements: DemanderComplements,
  accepter: Accepter,
  refuser: Refuser,
  annuler: Annuler,
  attribuer: Attribuer,
  enregistrerRupture: EnregistrerRupture,
};

/** The decision buttons the API allows this staff member now, in the API's order. */
export function Decisions(props: Props) {
  if (props.demande.actions.length === 0) return <Text c="gray.7">{TEXTES.detail.aucuneAction}</Text>;
  return (
    <Group gap="sm" align="flex-start">
      {props.demande.actions.map((a) => {
        const Composant = COMPOSANTS[a];
        return <Composant key={`${a}-${props.demande.statut}`} {...props} />;
      })}
    </Group>
  );
}
