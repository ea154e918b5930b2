"""probe205 corpus notes, A01-A07 (coroner, autopsy and M&M review, and the clinics behind them; all invented)."""

A01 = {"patient_id": "A01", "age": 81, "sex": "F", "notes": [
("2019-03-04", "Palliative Care Consult", """
PALLIATIVE CARE - INPATIENT CONSULT
Ward 7B, Harrowgate Infirmary

81F. ESRD - haemodialysis six years (Tue/Thu/Sat), has now declined further
sessions after the family meeting on 3/3. Not diabetic. No anticoagulant.
Sx: breathlessness, restless overnight, eating very little.
O/E: cachectic, wt 51 kg, BMI 22.4. Skin intact apart from an old healed
scar on the L wrist. Chest: coarse creps both bases.

Plan:
- Syringe driver commenced 14:20 today - hydromorphone + midazolam over
  24h through a SC butterfly, sited L upper chest just below the clavicle
  (both arms too oedematous).
- Check the butterfly site 4-hourly per protocol, resite if red or hard.
- Mouth care, stop routine obs and bloods.
- Discussed with daughter (Mrs P. Okonkwo-Reed), who agrees with the plan.

Dr S. Lindqvist, Palliative Medicine ST5, bleep 4471
"""),
("2019-03-19", "Tissue Viability Review", """
Tissue Viability review - 7B bay 3, bed 2

Asked to see: painful dark area on the L upper chest. Still on the syringe
driver; line was moved to the R upper chest on 16/03 as a routine resite.
L infraclavicular area: 5x4cm violaceous, stony-hard plaque whose middle
has gone to eschar (black, ~15 mm); livedo fringes the margins.
Exquisitely tender - pt grimaces on light touch. Staff nurse says it was first noticed at the
day-shift site check yesterday.
R upper chest (current butterfly): clean, soft.
Obs (comfort only): RR 24, T 36.2.
Impression: not a usual site reaction. Given ESRD ?calciphylaxis - referred to
the medical team / derm.
Dressing: silicone non-adherent, nothing adhesive on the skin.

K. Adeyemi, Tissue Viability Nurse
"""),
("2019-03-29", "Post-Mortem Examination Report (Coroner)", """
HM CORONER - REPORT OF POST-MORTEM EXAMINATION
Date of death: 22.03.2019. Examination: 27/03/2019, Dr E. Vantongeren,
consultant histopathologist. Reason for referral: family raised concern
about an unexplained skin lesion.

EXTERNAL: Height 151 cm, weight 49 kg. Left upper chest, 2 cm below the
midpoint of the clavicle: 5.5x4cm hardened plaque, black centre, purple
net-like margin. This corresponds to the documented subcutaneous
syringe-driver site. Puncture mark R upper chest with no change around it.
AV fistula, L forearm.

HISTOLOGY, skin L chest: the small arterioles of the subcutis show calcium
laid down in their media, intimal thickening and occluding thrombi, with
necrosis of the adjacent fat lobules - calcific uraemic arteriolopathy.

CAUSE OF DEATH
1a End-stage renal failure (dialysis withdrawn)
2  Calciphylaxis
COMMENT: calciphylaxis at the site of a subcutaneous infusion, a recognised
pattern in injured skin. No third-party involvement.
"""),
]}

A02 = {"patient_id": "A02", "age": 58, "sex": "M", "notes": [
("2021-11-08", "MICU Admission H&P", """
MICU ADMIT H&P   11/08/2021 02:10

58M. ESRD - dialyses M-W-F via a right IJ tunnelled line; type 2 DM
(glargine + lispro); AF anticoagulated with apixaban (no warfarin ever);
OSA; obesity, BMI 36.1.
HPI: VF arrest in his chair at the outpatient dialysis unit 11/07 ~15:40,
CPR started by the unit RN, AED x2, ROSC at 12 min. Intubated by EMS. Not
following commands after ROSC.
VS: T36.9 HR88 (AF) BP104/62 on norepi 0.06, sat 97% on FiO2 0.5
Labs: K 6.1 | lactate 5.4 | trop-I 2.8 | Ca 8.9 | PO4 7.2
Plan:
- TTM 33C x 24h. Surface cooling pads applied 11/07 at 19:30 to back,
  abdomen and both thighs; rewarm 0.25C/h afterwards.
- insulin gtt per ICU protocol
- CRRT once MAP allows
- cEEG; neuro prognostication not before 72h
- family updated at bedside (wife, 2 sons)
"""),
("2021-11-13", "Dermatology Inpatient Consult", """
Derm c/s - MICU bed 12
Q: new skin change on both legs.
Remains intubated, off sedation, GCS 5T. TTM ended 11/09.
Per RN, first seen yesterday AM at the bed bath: purplish lacework over
each anterior thigh; since then dusky star-shaped centres.
Exam: retiform purpura bilat anterior thighs, L>R, ~12x8cm apiece, lying
within the outline where the cooling pads sat (pad edges still faintly
visible). Firm, non-blanching. Abdomen, back: no lesions.
Ddx: calciphylaxis (ESRD, PO4 7, obesity, insulin) vs cold injury vs purpura
fulminans (plt 212, fibrinogen nl - doubt it).
Rec: two 6mm punches taken at the margin on the L thigh for H&E plus calcium
stain. Keep any further pads or tape off the thighs.
-- R. Castellanos-Whitby MD, dermatology
"""),
("2021-11-24", "Final Autopsy Report", """
FINAL AUTOPSY REPORT - Department of Pathology
Decedent 58 y M, died 11/21/2021 in MICU after withdrawal of support for
anoxic brain injury. Limited autopsy (wife's consent): chest, abdomen, skin.

EXTERNAL: Obese; length 178 cm, weight 114 kg. Both anterior thighs carry
confluent black-purple necrotic plaques in a reticulate pattern (L 14x10cm,
R 11x9cm), with a healing punch biopsy site on the L. Back and abdomen
show no similar change.
MICROSCOPIC: Skin of thighs - subcutaneous arterioles ringed by medial calcium
and blocked by fibrin thrombi; septal + lobular fat
necrosis; on von Kossa the vessel walls stain black.
Heart 610 g, concentric LVH, old posterior scar.

FINAL ANATOMIC DIAGNOSES
1. Hypoxic-ischemic encephalopathy following cardiac arrest
2. Calciphylaxis (calcific uremic arteriolopathy), bilateral thighs
3. End-stage kidney disease, arterionephrosclerosis
"""),
("2021-12-09", "M&M Conference Minutes", """
Medicine M&M - 12/09/21 - case 2 of 3
Presenter: Dr A. Mbeki (PGY2). Present: ICU, nephrology, derm, pathology.

Summary: HD pt, VF arrest at his unit, TTM with surface pads, thigh necrosis
on day 5; punch bx and autopsy both showed calciphylaxis.
Discussion
- Path: distribution mirrors the footprint of the cooling pads, both thighs.
- ICU: pads on ~36 h incl. rewarming; no under-pad skin check charted on the
  night of 11/08.
- Nephro: Ca x P product high for months; thiosulfate never started.
Consensus: calciphylaxis provoked where the TTM pads chilled the skin, in a
patient at very high risk. Not a system failure as such, but possibly
avoidable harm.
Actions
1) q4h under-pad skin check added to the TTM order set (owner: ICU CNS).
2) nephrology to flag PO4 > 6.5 for 3 months to the dietitian.
"""),
]}

A03 = {"patient_id": "A03", "age": 66, "sex": "M", "notes": [
("2021-01-04", "ICU Progress Note", """
ICU day 9 - progress note

66 M, COVID-19 pneumonia with ARDS. Background ESRD on CAPD (four bags daily
at home, held since admission; now on CVVHDF), T2DM - insulin infusion, HTN.
BMI 30.0 at admission weight.
Resp: P/F 92 on FiO2 0.7, PEEP 14. Proning cycles 16 h/day since late
December and tolerating; pressure points (face, chest, both knees) padded
with foam, head turned 2-hourly.
CVS: norepinephrine 0.12 mcg/kg/min.
Renal: CVVHDF, net UF -1 L/day.
Skin: blanching redness over both knees after prone sessions, stage 1.
Plan: continue prone ventilation; dexamethasone day 8 of 10; titrate insulin
infusion to BG 140-180; daily SBT screen once P/F > 150.
"""),
("2021-01-27", "Wound Ostomy Continence Nursing Consult", """
WOC nursing consult 1/27/21
Reason: L knee wound not healing, ?pressure injury.
Pt supine only now (proning stopped 1/10). Trached, still on CVVHDF.
L anterior knee, on the kneecap and a little distal to it: 6x5cm hard black
eschar, violaceous rim, and a purple net pattern running 4 cm out onto the
neighbouring skin. Palpation clearly hurts him (grimaces, HR climbs to 120s).
R knee: intact, faint hyperpigmentation only.
Per the flowsheet the dusky area on the L knee was first charted in January
and has grown in spite of offloading.
Impression: unlike a pressure injury - livedo, pain out of proportion,
eschar. Suggest derm review and biopsy to look for calciphylaxis.
Plan: offload heels/knees, bordered foam over the knee; hold any sharp
debridement until there is a diagnosis.
"""),
("2021-02-12", "Hospital Autopsy Report", """
HOSPITAL AUTOPSY - LIMITED (COVID precautions, negative-pressure suite)
66 yr male, pronounced 2/6/2021 in ICU.

EXTERNAL: length 175 cm, weight 92 kg. Tracheostomy in place. Left knee: 7x5.5cm
ulcer under a stuck-down black eschar, livedoid rim. Small healed
pressure marks on forehead and chin.
MICROSCOPIC
- Lungs: organizing diffuse alveolar damage, focal bronchopneumonia.
- Skin, left knee: subcutaneous vessels of small calibre show mural
  calcium, thrombosed lumens and fat necrosis about them = calciphylaxis.
- Kidneys: end-stage, diabetic nodular glomerulosclerosis.
FINAL ANATOMIC DIAGNOSES
I.   COVID-19 pneumonia with organizing DAD (cause of death)
II.  Calciphylaxis, left knee
III. End-stage renal disease, history of peritoneal dialysis
Pathologist: J. Oyelaran-Weiss, MD
"""),
]}

A04 = {"patient_id": "A04", "age": 71, "sex": "F", "notes": [
("2018-08-21", "Cardiothoracic Surgery Discharge Summary", """
CT SURGERY DISCHARGE SUMMARY
Adm 08/10/2018 - D/C 08/21/2018

71F. CAD 3VD; ESRD, HD Tue-Thu-Sat by a R brachiocephalic fistula; diabetes
(type 2) on no drugs, diet, HbA1c 6.4%; HTN; paroxysmal AF.
Procedure 8/14/18: three grafts (left internal mammary onto the LAD,
saphenous vein onto OM1 and onto the PDA).
Endoscopic harvest not feasible - open great saphenous vein harvest, L medial
calf, incision approx 22 cm, skin staples.
Course: new AF on POD2 -> warfarin started, INR goal 2-3. HD resumed POD1 via
the fistula. Extubated POD0, no pressors after POD1.
Wounds at discharge: sternum dry, L leg harvest incision intact, mild edema.
BMI 28.3.
Follow-up: CT clinic in 6 wks; staples out at the HD unit on POD 12; INR at
dialysis twice weekly.
"""),
("2018-10-02", "Cardiothoracic Surgery Clinic Note", """
CT surgery post-op visit 10/2/18
Sternum healed. Complains of severe pain in the L calf, "worse than the
surgery itself".
L medial calf: the distal third of the harvest incision has become a 9x4cm
black eschar, violaceous indurated borders, lacy purple net reaching 3 cm
beyond. Daughter says the wound edges turned black 10 days ago; before that
"it was healing fine". No pus.
Temp 37.1 / pulse 82 / BP 136/70.
INR 2.6 (warfarin). Ca 9.8 - phosphate 6.9 - intact PTH 912.
Impression: ?wound infection vs calciphylaxis within the harvest incision
(warfarin, ESRD, high PTH).
Plan: urgent wound clinic/derm, incisional biopsy, hold off on debridement,
ask cardiology about an alternative to warfarin.
"""),
("2018-11-15", "Cardiac Surgery M&M Review", """
CARDIAC SURGERY M&M - 15 Nov 2018
Case: 71F, CABG 14-Aug-2018, died 28-Oct-2018.

Timeline: biopsy of the L calf vein-harvest wound on 4-Oct confirmed
calciphylaxis (arteriolar calcification, thrombosis). Warfarin changed to
apixaban 5-Oct; sodium thiosulfate with HD. Debrided in theatre 12-Oct.
Readmitted 24-Oct with MRSA bacteraemia from the leg wound; died 28-Oct.

Discussion: the calciphylaxis developed within the saphenous harvest
incision - the surgical wound itself was the site. Contributors named:
dialysis-dependent renal failure, warfarin, PTH > 900.
Grading: complication; preventability debated - warfarin for AF in a dialysis
patient was questioned by two attendings.
Learning points
- consider a DOAC or LAA occlusion in dialysis patients with AF
- low threshold to biopsy a non-healing harvest wound in ESRD
"""),
]}

A05 = {"patient_id": "A05", "age": 79, "sex": "M", "notes": [
("2023-01-02", "Emergency Department Note", """
ED NOTE 02-Jan-2023 09:12
79M brought in by son. Lost his footing on a wet bathroom tile yesterday
evening (New Year's Day), landed on his L side, lay there about 20 min, got
up alone. Did not hit his head, never blacked out.
PMH: end-stage renal disease, dialysis Mon/Wed/Fri; HTN; gout. Not diabetic.
DVT 2010 - on warfarin until 2015, none since.
VS: BP 158/84, HR 76, SpO2 96% RA, T 36.6. BMI 24.7.
Exam: large ecchymosis L lateral thigh ~15x10cm, tender; hip ROM full and
painless. Small skin tear L elbow, steri-strips applied.
Films of L hip and whole femur: no fracture seen.
Dx: contusion of L thigh after mechanical fall.
D/C home with son; HD tomorrow as usual; acetaminophen 1 g q6h prn.
"""),
("2023-02-03", "Nephrology HD Rounding Note", """
Nephrology - HD unit rounds, 3 Feb 2023
Shows me his outer L thigh: a dark patch, agonising, that came up 12 days
ago and has since grown and hardened. He now sleeps in the recliner.
Exam: over the L lateral thigh sits an 8x6cm plaque, violaceous and woody,
with a 2cm eschar (black) in its centre; livedo racemosa encircles it.
Can't tolerate a fingertip on it; no warmth, nothing fluctuant.
Pre-HD: Ca10.1 PO4 7.8 iPTH1140 Alb2.9
Meds: calcitriol 0.5 mcg with each run, calcium acetate 667 mg two tabs with
each meal.
A/P: suspect calciphylaxis. Plan - derm punch this week; stopping
calcitriol + Ca acetate (sevelamer from today); thiosulfate to be raised
with the HD team.
"""),
("2023-02-10", "Dermatology Procedure Note", """
DERMATOLOGY - PROCEDURE NOTE 02/10/23
Indication: painful necrotic plaque, outer L thigh; dialysis patient; r/o
calciphylaxis.
Consent signed, site marked. Lidocaine 1% plain.
Punch x2 (4mm) at the violaceous border of the L lateral thigh plaque - one
into formalin, one sent for culture. One 4-0 suture apiece,
no bleeding afterwards. Tolerated well.
Wound care: petrolatum and non-stick pad, change daily. Sutures out in 14 days
at dialysis.

Addendum 2/14/23: Pathology - calcified media in arterioles of the
subcutis, thrombus within several, lobular panniculitis; calcium stain
positive. Diagnosis: calciphylaxis. Culture: no growth. Results phoned to
nephrology; STS started with dialysis.
"""),
("2023-04-18", "Coroner's Inquest - Summary of Medical Evidence", """
CORONER'S COURT - INQUEST TOUCHING THE DEATH OF A05
Summary of medical evidence (read without the witnesses attending)

The deceased, aged 79, died at Elmsfield Hospice on 19 March 2023. Referred
because the death might have followed a fall.
1. ED attendance 2 Jan 2023 after a fall at home the evening before; bruise to
   the left lateral thigh; no fracture.
2. From late January, ulceration of the left lateral thigh, painful; skin
   biopsy of 10 Feb 2023 showed calciphylaxis.
3. The ulcer became infected; he chose hospice care and dialysis was
   withdrawn on 12 March 2023.
Post-mortem (Dr H. Quarshie): BMI 23.9. Necrotic ulcer L lateral thigh 11x9cm
with cellulitis; histology calcific uraemic arteriolopathy with secondary
bacterial infection.
Medical cause of death: 1a Sepsis; 1b Infected calciphylaxis ulcer of left
thigh; 2 End-stage renal disease.
Conclusion: natural causes.
"""),
]}

A06 = {"patient_id": "A06", "age": 63, "sex": "F", "notes": [
("2020-03-10", "Dermatology Clinic Letter", """
Dermatology Outpatients - clinic letter
Dear Dr Farouk,
Re: A06, 63 y. Thank you for referring this lady on PD with painful lumps on
her tummy.
History: type 2 diabetes for 15 years, tablets until last summer and since
then a basal-bolus regimen; she alternates the insulin between the left
and right sides of the lower abdomen. From 2 March she noticed a hard,
exquisitely painful lump just to the right of her navel; two more have
appeared close by.
Examination: BMI 42.8, morbid obesity. R lower abdomen/periumbilical: three
plaques, violaceous and indurated, sized 2-4cm; biggest crusted black centrally,
on a background of livedo. Left side: lipohypertrophy only. PD catheter exit
in the L upper quadrant, clean.
Impression: clinically calciphylaxis, arising within her insulin injection
zone. 6 mm incisional biopsy taken today from the R lower abdomen.
Advice: inject into the thighs from now on; analgesia reviewed.
Yours sincerely, Dr M. Tarrant-Ashe, Consultant Dermatologist
"""),
("2020-04-02", "Acute Medical Admission Note", """
AMU clerking 02/04/2020 23:40
PC: fever, cloudy PD bags, worsening pain in the abdominal skin lesions.
63F, ESKD on CAPD, T2DM on insulin, morbid obesity.
Skin biopsy 10/03: calcific uraemic arteriolopathy - calciphylaxis
confirmed; on IV sodium thiosulfate x3/wk as an outpatient.
O/E: T 38.6, HR 112, BP 98/54, RR 24, sats 94% RA. R periumbilical plaques now
merged into one black eschar, 9x6cm, pus at its edge. Abdomen soft,
diffusely tender.
Bloods: WCC 19.4, CRP 288, lactate 3.1. PD effluent WCC 2400.
Imp: PD peritonitis +/- infected calciphylaxis wound, sepsis.
Plan: IP vancomycin + ceftazidime, blood cultures, swab of the wound,
surgical review, escalation status discussed - for ward-based care, not ICU.
"""),
("2020-06-11", "Structured Judgement Review (Mortality Review)", """
STRUCTURED JUDGEMENT REVIEW - adult inpatient death
Reviewer: Dr L. Siddiqui. Date of death: 19/04/2020. BMI 42.1 on admission.

Admission phase (score 4): prompt sepsis bundle, correct IP antibiotics.
Ongoing care (score 3): the abdominal calciphylaxis wound was reviewed by
surgeons twice but never debrided; plaques had begun in the zone where she
injected insulin, as derm documented.
End-of-life care (score 4): ReSPECT form signed, family present, good symptom
control.
Overall care: 3 (adequate).
Cause of death on MCCD: 1a sepsis; 1b PD peritonitis and infected
calciphylaxis of abdominal wall; 2 diabetic nephropathy on peritoneal dialysis.
Not referred to the coroner (natural causes, no concerns raised).
Learning: injection-site advice for PD patients on insulin.
"""),
]}

A07 = {"patient_id": "A07", "age": 88, "sex": "F", "notes": [
("2019-11-20", "District Nursing Visit", """
DN visit - Rowan Court care home, room 14
88F. AF on warfarin (anticoag clinic, last INR 3.4), CKD 3a, OA, mild
dementia. Not diabetic.
Seen for weekly leg check. Carers say she always complains of cold feet;
her family brought in a hot water bottle, and since Bonfire Night the staff
fill it each evening and tuck it by her feet under the duvet.
Skin: both feet intact, pale and cool; pedal pulses weak but present. Mild
blanching redness on the L instep/dorsum where the bottle usually sits.
Advised: bottle to go in a fleece cover, never with boiling water, and to lie
against the bedding rather than the skin.
Wt 44.1 kg, BMI 19.8.
Next visit 1/52. K. Brennan-Lowe, DN
"""),
("2019-12-12", "GP Home Visit", """
GP home visit 12/12/2019, requested by DN - "black area on left foot".
Carers first saw a purple patch on top of the L foot yesterday when washing
her; much worse today.
O/E: dorsum L foot - 4x3cm stellate black necrotic patch inside a rim of
retiform purple mottling; she flinches from the lightest touch. DP pulses
weak on both sides. R foot intact.
Obs: temp 36.4, pulse 92 (irregularly irregular), BP 118/66, resp 18,
sats 95%.
INR 3.1 (yesterday).
Imp: scald/contact burn vs ischaemia vs calciphylaxis (warfarin, female,
elderly). Two-week-wait derm and vascular referral.
Hot water bottle removed - family informed. Paracetamol, simple dressing.
Dr N. Appiah-Holt
"""),
("2020-01-30", "Post-Mortem Examination Report (Coroner)", """
Report of post-mortem examination for HM Senior Coroner, Western District
Died 21 January 2020 at Rowan Court. Referred: possible burn injury in care.
History: necrotic lesion of the left foot from 11 December 2019; no biopsy in
life, palliative approach agreed with family.
EXTERNAL: dorsum of the L foot - 6x4cm dry, black eschar edged by purple
reticulation, at the place where, on the carers' statements, the hot water
bottle lay each night from 5 November.
MICROSCOPY: skin L foot - the subcutaneous arterioles have calcified media
and contain thrombus; no epidermal coagulative necrosis of the kind a burn
leaves. Non-uraemic calciphylaxis.
CAUSE OF DEATH: 1a Bronchopneumonia; 1b Frailty of old age and dementia;
2 Non-uraemic calciphylaxis of left foot, warfarin therapy.
Comment: the lesion developed where the skin had been warmed repeatedly.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
