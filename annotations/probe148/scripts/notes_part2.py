"""probe148 corpus notes, D08-D14 (vascular surgery / limb salvage and the clinics around it; all invented)."""

D08 = {"patient_id": "D08", "age": 80, "sex": "M", "notes": [
("2024-01-02", "ED Provider Note", """
ED NOTE - Kellerman Memorial

80 yo M; ESRD (dialyzes 3x/wk, Monday start); atrial fibrillation anticoagulated with
warfarin; AAA 4.6 cm under vascular surveillance.
On New Year's Eve, walking out for the paper, his feet slid on driveway ice and he went
down onto his R side.
Got up on his own. Now R hip pain + big bruise, walking w/ cane. No LOC, no head strike.

Vitals: BP 148/72, HR 84 irreg, T 36.5, SpO2 96%.
R lateral hip: 12x10 cm tense hematoma w/ ecchymosis overlying the trochanter;
tender; no skin break. ROM hip full, pain w/ int rotation. Neurovasc intact distally.

XR pelvis + R hip: no fracture. CT not needed per ortho phone consult.
INR 3.4, above range. Hgb 10.9 (baseline 11.2).

A/P: R hip contusion w/ hematoma on supratherapeutic warfarin.
- hold warfarin x1 dose, recheck INR at HD tomorrow
- ice pack on R hip for swelling, 20 min on / 20 min off, a few times daily
- acetaminophen, walker at home, PT eval
- return if expanding swelling, dizziness, or Hgb drop
"""),
("2024-02-13", "Vascular Surgery Clinic", """
VASCULAR SURGERY - AAA SURVEILLANCE + new concern

80M HD pt. AAA duplex today: 4.8 cm (4.6 cm 8/2023), no thrombus change. Iliacs
ectatic. Will recheck in 6 mo, CTA if >5.0.

New: after his fall 12/31/23 he iced the R hip every day for about 2 weeks, bruise
faded. Since late January a painful purple-black patch has developed over the R lateral
hip, right where the old bruise was. Pain 8/10, unable to sleep on the R.

Exam: BP 150/70, HR 78 irreg. Wt 79 kg, BMI 26.9.
R lateral hip: 7x5 cm stellate retiform purpura w/ central black eschar and firm
induration, residual faint yellow bruising at periphery. Not fluctuant.
Pulses: fem 2+, pop 2+, DP/PT 1+ bilat. No leg wounds.

A/P:
1. AAA 4.8 cm - continue surveillance.
2. R hip necrotic plaque on warfarin + ESRD - ddx: calciphylaxis; warfarin-induced necrosis;
   an infected hematoma. Urgent derm, labs. Message to cardiology re warfarin.
"""),
("2024-02-27", "Dermatology Consult", """
Derm consult. 80M, HD for ESRD, AF anticoagulated w/ warfarin, INR today 2.6

Lesion: R lateral hip, began late Jan 2024 within the resolving hematoma from his fall on
12/31/2023; he had applied ice packs to the same area twice daily for ~2 wks after.

Exam: R lateral hip 8x5.5 cm necrotic plaque w/ eschar, retiform violaceous border,
indurated. Trunk and legs otherwise clear.

Bx 2/20 (deep incisional, edge): subcutis: arterioles calcified, intimal
thickening, luminal thrombi; fat necrotic. Gram/PAS/AFB neg. Von Kossa highlights the
calcium. = calciphylaxis.

Impression: R lateral hip calciphylaxis, which developed exactly where the post-fall
hematoma was and where the ice packs went.

Plan:
- warfarin discontinued, apixaban (renal dose) after call w/ cardiology
- STS w/ HD, cinacalcet per nephrology
- hip: no ice, no heat; pressure-relief mattress overlay
- wound RN weekly, RTC 3 wks
"""),
]}

D09 = {"patient_id": "D09", "age": 66, "sex": "M", "notes": [
("2025-03-11", "Interventional Procedure Note - Vascular Surgery", """
ENDOVASCULAR PROCEDURE NOTE  3/11/2025

Procedure: US-guided R CFA retrograde access, crossover, LLE angiogram w/ CO2 + 20 mL
dilute contrast, L SFA/popliteal angioplasty (5x150 mm DCB). Closure w/ plug device.

Indication: 66M, HD-dependent, insulin-treated DM2, obese, L forefoot rest pain.

Findings: L SFA long segment 90% stenosis, pop 70%, tibials: AT occluded mid, PT and
peroneal patent to foot. Post-PTA <20% residual, brisk flow.

Complication: small R groin hematoma at the puncture after closure, ~4 cm, managed
w/ 15 min manual compression, stable on recheck at 2 h.

Plan: ASA + clopidogrel 3 mo, statin. Bedrest 2 h then ambulate. Duplex + ABI in 4-6 wk.
"""),
("2025-04-22", "Vascular Surgery Clinic", """
Vascular clinic - f/u after L SFA/pop PTA (3/11/25)

66 yo M on HD TTS, DM2 - insulin glargine 30 u daily, injects in his abdomen.
Rest pain in L foot gone. R groin bruise resolved after about 10 days.

New: painful hard area in the L groin crease for 2 weeks, "like a burn", now darker.
No fever. No injury he can recall.

BMI 36.0 (wt 112 kg). BP 138/76.
R groin: puncture site healed, no bruit, no mass.
L groin/inguinal fold: 6x4 cm indurated violaceous plaque w/ reticulated purple border,
small 1 cm central dusky necrosis, very tender. Not fluctuant.
L DP now biphasic; ABI L 0.84 (was 0.48).

A/P: L leg revasc working. L inguinal fold necrotic plaque - intertrigo/abscess
unlikely, concern for calciphylaxis in obese HD pt on insulin. Derm bx, labs.
"""),
("2025-05-06", "Dermatology Consult", """
Dermatology consult

66M; ESRD/HD; DM2 (insulin); BMI 35.8.
Lesion: L inguinal fold plaque since approx early April.

Bx 4/29 (2 deep punches from the plaque edge): small subcutaneous vessels w/
medial calcium (von Kossa +), fibrin thrombi and septal panniculitis. Compatible with
calciphylaxis.

Exam: L inguinal fold 7x4 cm plaque with central eschar 1.5 cm and livedo extending
to upper medial thigh. R groin clear - angiography access was on the R and has healed.
Insulin sites on the abdomen w/o induration or purpura.

Impression: calciphylaxis of the L groin. No trauma at this site; the R groin puncture
was on the opposite side.

Plan: STS with HD; cinacalcet; stop calcium carbonate; keep fold dry with moisture-
wicking textile; pain team.
"""),
]}

D10 = {"patient_id": "D10", "age": 73, "sex": "F", "notes": [
("2021-11-09", "Vascular Surgery Clinic", """
VASCULAR SURGERY CONSULT - Pinecrest Vein & Artery

73F with ESRD (in-center HD thrice weekly, L upper arm AVG), HTN, hypothyroid, h/o PE
2017 - was on
warfarin until 2019, switched to apixaban. No diabetes.

Referred for a painful L leg ulcer. Began early October 2021 as a dark tender spot, L inner
calf, opened up 2 wks later. No leg injury per pt.

Vitals: BP 124/66, HR 68, BMI 31.5 (obese).
L medial calf: 3x2.5 cm ulcer, eschar-covered base, stellate violaceous edge,
livedo reticularis over the medial calf. R leg intact.
Pulses: fem/pop 2+, DP/PT palpable bilat.
ABIs 1.05 (R) and 1.02 (L) w/ triphasic waveforms. Venous study: competent valves, DVT neg.

A: not arterial, not venous. In HD pt w/ past warfarin exposure, calciphylaxis heads
the ddx.
P: derm for biopsy; nephrology updated; no compression.
"""),
("2021-11-23", "Dermatology Consult", """
DERM CONSULT

73F HD. Lesion L medial calf since early Oct 2021.

On exam the L medial calf ulcer measures 3.4x2.8 cm, w/ adherent eschar, indurated
purpuric rim,
surrounding livedo. No other lesions.

Bx 11/16: arteriolar calcification in deep dermis and subcutis w/ thrombosis,
von Kossa positive - calciphylaxis.

Meds: apixaban 5 BID, calcium acetate 667 x2 TID w/ meals, calcitriol 0.25, levothyroxine.
Labs 11/15: Ca/Phos/PTH 10.3/6.6/455, Alb 3.1. Warfarin none since 2019.

Plan: STS w/ HD, increase binder, stop calcium supplements. Wound care: hydrocolloid
edges, keep eschar dry. Pain regimen per palliative. RTC 6 wks.
"""),
("2022-01-04", "Wound Care Clinic", """
WOUND CLINIC NOTE

73 F, calciphylaxis of the L medial calf (bx-proven), onset early October 2021.
On STS with dialysis since 11/29.

Interval event: on 12/18/21 her neighbor's dog nipped her L calf while she was getting
the mail - 2 small puncture wounds about 4 cm above the ulcer. Seen at urgent care same
day, amox-clav x 7 days, Td updated. Bites healed.

Wound, L medial calf: 3.2x2.6x0.2 cm, 60% eschar 40% granulation at edges, scant
drainage, less livedo than prior. Bite marks: 2 pink healed scars proximal to the ulcer.

BMI 31.2. Pain 4/10.

Impression: calciphylaxis ulcer slowly improving. The dog bite came 2+ months after the
ulcer began and has healed separately.
Plan: continue STS, foam dressing 3x/wk, RTC 3 wks.
"""),
]}

D11 = {"patient_id": "D11", "age": 60, "sex": "M", "notes": [
("2016-09-13", "Limb Salvage Clinic", """
LIMB SALVAGE CLINIC - new referral from podiatry

60 yo M, HD Tue/Thu/Sat, insulin-requiring DM2 (glargine, lispro - abdominal
injections), CAD.
R lateral ankle wound since July 2016, it began as a tender violet spot on the ankle
bone, no injury recalled, no new shoes.

Vitals: BP 158/80, HR 76, 93 kg; BMI 29.9 - in the overweight range.
R lateral malleolus: 3.5x3 cm ulcer, black eschar and firm violaceous rim; livedo
spreads up the lateral leg 4 cm. Very painful.
Pulses: DP/PT nonpalpable, biphasic doppler. ABI noncompressible, TBI R 0.52.
Outside CO2 angio 8/30: inflow and fem-pop open, runoff via PT and peroneal.

Imp: inflow adequate, perfusion should support healing. Ulcer out of proportion
painful - r/o calciphylaxis.
Today: punch biopsy, 4 mm, ulcer margin, lido, 1 suture.
Plan: path, off-load ankle, betadine to eschar, nephrology aware.
"""),
("2016-09-27", "Dermatology / Wound Consult", """
Derm + wound joint visit

Path from 9/13 punch (R lateral ankle): subcutis w/ calcified small vessels, intimal
fibroplasia, thrombosis, ischemic necrosis of fat; calcium stains black on von Kossa.
Signed out as calciphylaxis.

Exam R lateral ankle: 4x3.2 cm eschar w/ boggy edge, early slough at the inferior
margin, no cellulitis.

Plan:
- STS 25 g intravenously each HD session (begin 9/29)
- cinacalcet 30 mg, switch calcium acetate -> sevelamer
- operative debridement of the ankle wound when the edge is demarcated, vascular surgery
- NPWT after debridement
- refer for hyperbaric oxygen eval
"""),
("2016-10-18", "Operative Note - Vascular Surgery", """
BRIEF OP NOTE 10/18/16
Procedure: excisional debridement R lateral ankle wound incl skin, subcut and fascia
(18 cm2), NPWT placement.
Surgeon: M. Vasquez-Orr, MD. Anesthesia: regional (popliteal block) + sedation.

Indication: bx-proven calciphylaxis R lateral malleolus with demarcated eschar.
Findings: eschar removed, underlying fat necrotic w/ gritty calcified vessels, debrided to
bleeding tissue; peroneal tendon sheath intact, no bone exposed. Cultures sent.
Wound 6x4.5x0.8 cm post debridement. VAC set at -125 continuous, granufoam, occlusive drape.

EBL 30 mL. Pt tolerated well.
Plan: NPWT change MWF, insulin per endo, STS with HD continues, HBO referral.
"""),
("2017-01-10", "Wound Care Clinic", """
WOUND CENTER - F/U
R lateral ankle calciphylaxis wound s/p excisional debridement 10/18/16, NPWT x 6 wk,
then split thickness skin graft to the R ankle 12/6/16 w/ donor site from the R
anterolateral thigh. HBO 30 treatments completed 12/22.

Graft: ~85% take, small 1x0.8 cm open area at inferior edge, granular, no eschar.
Donor site: healed, pink, mildly itchy.
No new lesions. Livedo faded.

BMI 29.9. Insulin glargine 22 u, BG 120s-180s. HD TTS, STS to finish end of Jan.

Plan: silicone contact layer + foam to the open area, compression not used. Moisturize
donor site. RTC 3 wks.
"""),
]}

D12 = {"patient_id": "D12", "age": 57, "sex": "F", "notes": [
("2026-02-03", "Vascular Surgery Clinic", """
VASCULAR SURGERY CLINIC  02/03/2026

57F ESRD; dialyzed through a R IJ catheter until the new L arm fistula is usable, DM2
on glipizide (has
declined insulin), obesity, h/o L leg DVT 2024 on warfarin - held since 1/28 for ulcer.

CC: painful black wound outer L thigh, since beginning of January. Specifically she
denies falling, knocking or scratching the thigh, and says neither heat (pad) nor cold
(ice) has been applied to it; no insulin shots or other injections there.

Vitals: BP 146/80, HR 84, BMI 34 (wt 92.4 kg).
L lateral thigh: 6x4 cm necrotic plaque w/ black eschar + indurated violaceous
border, net-like purpura. Very tender.
Pulses: fem 2+ bilat, pop 2+, DP/PT 1+. ABI R 1.10 / L 1.06.

Imp: ulcer is proximal, well-perfused limb - not ischemic; concern for calciphylaxis.
Plan:
- derm bx
- if arterial duplex equivocal, dx angio from R femoral access planned next wk
- discussed that if necrosis progresses despite tx an L above-knee amputation could
  eventually come up; pt tearful, wants to avoid.
"""),
("2026-02-17", "Dermatology Consult", """
Dermatology consult note

57F HD pt, DM2 (oral agents), obese, warfarin on hold. L lateral thigh plaque since early
January 2026. Pt recalls no injury there.

Exam: L lateral thigh 6.5x4.5 cm plaque with eschar and retiform purpura; second
small 1 cm violaceous nodule 5 cm above it. R thigh, abdomen, buttocks clear.

Bx 2/10 (telescoping punch, edge): mural calcium in tiny vessels of the panniculus
(von Kossa +), thrombi, necrotic fat. Calciphylaxis.

Counselling: advised to keep injections out of thigh and belly fat where possible, that
heating pads and cold packs should stay away from both legs, and wear loose clothing
over the lesion.

Plan: thiosulfate w/ dialysis; warfarin discontinued for good (heme fine w/ apixaban);
cinacalcet.
Arterial duplex normal - angiogram cancelled by vascular.
"""),
("2026-03-10", "Hemodialysis Rounding Note", """
HD ROUNDS  3/10/26   Station 6

Calciphylaxis L lateral thigh (bx 2/10/26). STS 25 g last hr of each tx since 2/13.
No trauma history. Wound RN: eschar stable, new nodule unchanged, pain 5/10.

Access: L AVF now cannulated successfully x 4 tx, R IJ TDC to be pulled next wk.
Tx: 4 h, BFR 350, 2K/2.5Ca, UF 2.1 L. Post wt 91.6 kg, BMI 33.8.
Current meds - apixaban 2.5 mg q12h (warfarin ended 2/2026), glipizide 2.5 daily,
cinacalcet 60, sevelamer.

Labs: Ca/Phos/PTH 9.0/5.1/540, Alb 3.3.

Plan: continue STS, dietitian. Sleep/activity: encourages walking. RTC vasc prn.
"""),
]}

D13 = {"patient_id": "D13", "age": 70, "sex": "M", "notes": [
("2022-04-12", "Operative Note - Vascular Surgery", """
OPERATIVE NOTE - 04/12/2022
Procedure: R common femoral endarterectomy w/ bovine pericardial patch angioplasty,
profundaplasty.
Surgeon: H. Brightwater MD.  Anesthesia: general.

Indication: 70M ESRD on HD, non-diabetic, former smoker, R thigh/calf claudication
at 50 ft. Duplex: R CFA 80% calcified plaque extending into profunda origin.

Technique: vertical R groin incision over the CFA, CFA/SFA/profunda exposed and
controlled. Longitudinal arteriotomy, endarterectomy of bulky calcified plaque,
feathered distal end point, patch sewn w/ 6-0 prolene. Flow restored, good doppler
signals at DP/PT. Groin closed in layers, staples to skin.

Ht 175 cm, Wt 78 kg.
EBL 200 mL. No complications. To PACU extubated.
"""),
("2022-06-07", "Vascular Surgery Clinic", """
VASC SURG POST OP - R CFA endarterectomy 4/12/22

Claudication resolved. Groin incision healed well, staples out 4/26.

Now reports a painful firm purplish patch high on the inner R thigh, present since mid-May.
Denies trauma. Goes to HD MWF. Not on warfarin, no DM, no SC injections.

Exam: R groin: healed vertical incision, no erythema, no mass, no lymph leak.
R proximal medial thigh: starting roughly 10 cm (one palm width) below the groin crease and
distal to where the incision ends, 5x4 cm indurated violaceous plaque w/ livedoid
border and 1 cm dusky center. Skin between the incision and the plaque normal.
Pulses: R DP 2+, PT 1+. ABI R 0.97.

A/P: endarterectomy result excellent. R medial thigh plaque - ddx calciphylaxis vs
panniculitis vs hematoma (no collection on bedside US). Refer derm for bx.
"""),
("2022-06-21", "Dermatology Consult", """
DERMATOLOGY CONSULT

70M HD, non-DM, not on warfarin. Plaque R proximal medial thigh since mid-May 2022.

Exam: 5.5x4 cm indurated retiform purpuric plaque, necrotic in the middle, R proximal
medial thigh. The groin incision above is fully healed and uninvolved; the plaque lies
separately, several cm below it, in the thigh fat. No other lesions.

Bx 6/14 (edge, deep punch): small vessel calcification of subcutis, thrombosis,
necrosis, von Kossa positive. Calciphylaxis.

Wt 77 kg today (Ht 175 cm).

Assessment: R medial thigh calciphylaxis; incision not involved.
Plan: STS w/ HD, nephrology adjusting binders/cinacalcet; wound care; pain plan.
"""),
]}

D14 = {"patient_id": "D14", "age": 64, "sex": "F", "notes": [
("2023-05-16", "Limb Salvage Clinic", """
LIMB SALVAGE CLINIC

64F, ESRD on HD (MWF), HTN, CAD, no diabetes, BMI 45.1. Seen for R big toe wound.
She bought new shoes in April; the new shoes rubbed the inner R great toe raw and it has
not healed since. Painful at rest.

Exam: R 1st toe medial: 1.2x0.8 cm dry ulcer w/ pale base, no drainage, cool toe,
dependent rubor. Pulses: R fem 1+, pop/pedal absent. L pedal monophasic.
ABI R 0.45, L 0.71. TBI R 0.12.

A: CLTI RLE with ischemic toe ulcer (WIfI W1 I3 fI0).
P: angiogram w/ possible intervention via L CFA 5/23; offloading shoe; no sharp debridement
until revascularized.
"""),
("2023-06-06", "Vascular Surgery Clinic", """
VASC CLINIC - post angio

s/p R SFA stent + AT angioplasty 5/23/23 via L CFA access. Stayed 3 nights - small
L groin hematoma, resolved; developed a stage 2 L heel pressure injury from bed
rest, now healing w/ a foam boot.

New: over the past 10 days hard, painful purplish plaques have appeared low on the
abdomen, R and L pannus, one now black. Did not have these before the admission.

Exam: BMI 44.8. R 1st toe ulcer smaller (0.8x0.5), pink base. TBI R 0.41 post.
L heel: 1.5 cm partial thickness wound, clean. L groin: no mass, bruise faded.
Lower abd pannus: R 6x4 cm and L 5x3 cm indurated retiform purpuric plaques,
L with central eschar, exquisitely tender.

A/P: revasc successful, toe ulcer healing. Pannus plaques - concern for calciphylaxis.
Derm this week.
"""),
("2023-06-20", "Dermatology Consult", """
DERM CONSULT NOTE

64F ESRD/HD, morbid obesity, non-diabetic, no warfarin. Abdominal plaques since late May.

Exam: lower abdominal pannus - indurated plaques R and L, retiform purpura, 2 cm eschar
on the L one. Denies injury, shots or heat applied to the belly.
Also examined: R great toe ulcer - clean, healing, typical arterial ulcer after
revascularization; L heel shallow pressure injury. Neither resembles calciphylaxis
- both lack purpura/induration and are improving.

Bx 6/13 L pannus: calcified subcutaneous arterioles, thrombosed, lobular fat necrosis
= calciphylaxis.

Impression: pannus calciphylaxis. The toe ulcer (ischemic) and heel
wound (pressure) are separate, non-calciphylaxis wounds.

Plan: STS with HD, cinacalcet, binder change; pannus support garment (loose); wound
care; palliative consult.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
