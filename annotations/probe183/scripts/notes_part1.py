"""probe183 corpus notes, C01-C07 (neuroimmunology / MS clinic and the services around it; all invented)."""

C01 = {"patient_id": "C01", "age": 47, "sex": "F", "notes": [
("2019-05-21", "Neuroimmunology Return Visit", """
NEUROIMMUNOLOGY / MS CENTER - RETURN VISIT
Kestrel Hill MS Center, Dr. Ilse Vantongeren

46F w/ relapsing-remitting MS (dx 2014, OCB+), here for 2-mo check after DMT switch.
Started glatiramer 40 mg SC three times weekly in March; self-injecting with the autoject,
rotating abdomen, R thigh and L thigh (teriflunomide stopped d/t hair thinning + ALT bump).
Tolerting well, one post-injection flushing episode, mild welts that settle within a day.
Renal: IgA nephropathy -> ESRD, dialyzes Tu-Th-Sat at the Orchard St unit, R arm AVF. No
diabetes. No anticoagulants.

VS 142/86 | 78 | 36.7C | 89.0kg | BMI 33.4
Neuro: mild L INO, trace R pronator drift, tandem gait unsteady.
EDSS 2.5. T25FW 6.1 s. 9HPT R 22 s / L 21 s.
MRI brain 4/30/19: no new T2 foci, nothing enhancing.

A/P: RRMS, stable on GA.
- continue glatiramer, reinforced site rotation and monthly self skin checks
- recheck in 6 mo with MRI
"""),
("2020-01-14", "Hemodialysis Rounding Note", """
HD ROUNDS - Orchard Street Dialysis, chair 14
Nephrology: T. Abernathy-Ruiz, MD

S: Sore, hot-feeling spot on her R anterior thigh that she first saw about 3 weeks ago;
even the bedsheet touching it at night makes her yelp. Came off 40 min early last Thurs
because of it. Still doing her MS shots 3x/wk.

O: pre 156/90, post 131/78. UF 2.6 L. Dry wt 88 kg.
R anterior thigh: stellate violaceous plaque ~6x4cm, woody, dusky purpuric halo, 1cm black
centre. Exquisitely tender. Not fluctuant.
1/9/20: Ca 9.8 (corrected) - phos 7.1 - iPTH 912 - alb 3.2 - spKt/V 1.31.

A: ESRD on HD, phos and PTH poorly controlled, new retiform lesion R thigh - strongly concerning
for calciphylaxis.
P: derm to punch it this week; binder swap (acetate -> sevelamer 1600 tid); cinacalcet
titrating up; STS 25 g, final hour of each HD session, till path returns; hydromorphone 1 mg PO,
max q6h.
"""),
("2020-01-22", "Dermatology Follow-up", """
DERMATOLOGY - RESULTS VISIT
Referred by Dr. Abernathy-Ruiz (nephro) for ?calciphylaxis R thigh; first seen 1/17/20.

HPI: 47 yo woman w/ RRMS on glatiramer and ESRD on HD. Painful lesion R anterior thigh since
around Christmas Eve, slowly enlarging. She injects glatiramer into the thighs and belly in
rotation and calls the R thigh spot "one of my regular shot spots".

Exam - R thigh, anterior, mid-level: ~7x5cm plaque of retiform purpura, adherent eschar centrally,
livedo around it. Faint lipoatrophic dells on abdomen and both thighs from injections.
No other ulcers.

Procedure (1/17/20): edge of plaque sampled twice with a 4-mm punch (H&E, von Kossa).
Path reviewed today: subcutaneous small-vessel calcium deposits, thrombosis, fat necrosis.

Impression: calciphylaxis, biopsy-confirmed, R anterior thigh, arising at a glatiramer
injection site.
Plan: wound clinic referral, no further injections near the lesion, DMT change to be decided
with her MS team.
"""),
("2020-02-11", "Neuroimmunology Interim Visit", """
MS CENTER - INTERIM VISIT (DMT review)
Kestrel Hill MS Center

Seen with husband. Bx-proven calciphylaxis R anterior thigh (derm 1/22/20), getting STS with
HD and wound clinic twice a week. Per derm the lesion sits at one of her glatiramer sites.
Joint decision to stop glatiramer today - last dose 1/13/20 (she quit on her own once the
thigh got sore).
No new relapse sx. Fatigue worse, sleeping poorly from thigh pain.

VS 138/80, pulse 84, weight 88.2 kg (BMI 33.1).
Neuro exam unchanged, EDSS 2.5 (gait limited by pain, not scored as worse).
Labs: ALC 1.4, CBC otherwise wnl; HBsAg neg, anti-HBc neg; IgG 890.

Plan:
- discontinue GA
- ocrelizumab 300 mg x2 then 600 mg q6mo once wound stable; infusion center to use arm veins
- no future subcutaneous injections into the thighs
- RTC 3 mo, MRI at 6 mo
"""),
]}

C02 = {"patient_id": "C02", "age": 52, "sex": "F", "notes": [
("2022-11-08", "Neuroimmunology Clinic Follow-up", """
Neuroimmunology Clinic - follow up
52F, SPMS (onset 2003, secondary progression ~2017), EDSS 6.0 (two canes outdoors).
DMT: siponimod 2 mg daily since 2020; CYP2C9 *1/*1.

Interval hx: very heat sensitive - Uhthoff's w/ blurred vision and heavy legs on warm days.
Since the summer she wears a cooling vest w/ frozen gel inserts most days, 2-3 hrs at a time;
the packs ride in pockets over her low back and both flanks. For about a month she has had a
sore, dark patch on her L side "where the cold pack presses"; first noticed early October.
Comorbid: T2DM, glargine 28 u at bedtime into her belly; ESRD, on the cycler since 2019.

VS 128/74, P 72, afebrile. Wt 79.8 kg, BMI 28.7.
Exam: L flank purplish indurated plaque about 4x3cm, tender, small central crust.
Neuro: spastic paraparesis L>R, upgoing toes bilat.

A/P: 1. SPMS - stable, continue siponimod, lymphs 0.6 acceptable.
2. L flank skin lesion - cold injury vs something more serious in a PD patient; messaged
her nephrologist, derm referral placed. Leave the L-sided vest inserts out for now.
"""),
("2022-11-21", "Home Dialysis Clinic", """
HOME DIALYSIS CLINIC - PD
Nephrologist: R. Okonkwo-Lamb

52 y/o w/ ESRD (diabetic nephropathy) on CCPD, 5 night cycles + 1 last fill. Sent over by
neuro for a L flank lesion.

Pain rated 8 of 10, a burning that peaks overnight. Onset early Oct 2022.
Exam: L flank, 5x4 cm, violaceous and firm, retiform edge, eschar 1.5 cm in the middle.
PD catheter: exit site quiet, tunnel not tender.
Ca 10.1 | P 6.8 | iPTH 640 | alb 2.9 | HbA1c 8.1. wKt/V 1.9.

Assessment: clinical picture is calciphylaxis; derm asked to biopsy for confirmation.
The plaque sits directly under the frozen pocket of her Uhthoff cooling vest, worn since
summer '22 - I suspect the repeated chilling of that patch of skin localized it.

Plan: STS 25 g intravenously Mon/Wed/Fri (infusion suite); lanthanum in place of the
calcium binder; calcitriol off; no more frozen packs against the skin; glargine unchanged.
"""),
("2022-12-06", "Dermatology Clinic Note", """
DERMATOLOGY
Ref: PD clinic. Question: confirm calciphylaxis L flank.

New pt. 52F, SPMS, on PD for ESRD, insulin-treated T2DM.
Lesion L flank present since early October; on STS since 11/23.
Exam: L flank, necrotic, 5 by 4.5 cm, covered by black eschar and ringed with retiform purpura.
Full skin exam otherwise unremarkable; abdominal insulin sites clear.
Procedure 11/29/22: 5 mm punch x2 taken at the margin.
Path: mineralized arteriolar media deep in the fat, luminal thrombi; the von Kossa
highlights it well.

Dx: calciphylaxis, biopsy-proven, L flank (where the cold pack sat, per nephrology).
Rec: no sharp debridement for now; keep eschar dry; hypochlorous-soaked gauze bid; pain
service; f/u 4 wk.
"""),
]}

C03 = {"patient_id": "C03", "age": 61, "sex": "M", "notes": [
("2024-01-09", "Neuro-urology Clinic", """
NEURO-UROLOGY CLINIC  01/09/2024
61M PPMS, neurogenic detrusor overactivity w/ incomplete emptying; CIC failed (hand dexterity).
Suprapubic catheter placed by IR 12/20/23 (16 Fr). Home 12/23 on a bedside bag; since Christmas
his wife fastens a 750 mL leg bag to his L thigh with two elastic Velcro straps, one at
mid-thigh and one just above the knee, worn day and night.

ROS: no fever, urine clear, leaked around the tube twice.
VS: 118/70, HR 88 irreg, 36.9C.
Exam: SP site clean, minimal granulation, catheter secure. Straps snug.
UA: trace LE, nitrite neg.

PMH: ESRD on HD MWF (hypertensive nephrosclerosis, still makes some urine), atrial fibrillation,
warfarin-managed (INR 2.4 at this visit), BMI 31.9. Not diabetic.

Plan: first catheter change here in 4 wks; reviewed leg bag hygiene and emptying with wife.
"""),
("2024-02-19", "MS Clinic Progress Note", """
MS CLINIC - Dr. Pell Hastings-Obi
Visit 2/19/2024, pt seen w/ wife (caregiver).

PPMS, EDSS 7.0 (wheelchair for distance, transfers with 1 assist). On ocrelizumab 600 mg q6 mo,
last infusion 11/7/23, tolerated.

New concern: about 10 days ago his wife spotted a darkened patch, very sore, on the outer
front of the L thigh; it is crusting now. He flinches when it is touched and during transfers.
SP cath draining fine.

VS 124/72, HR 92 (AF), SpO2 97%, wt 101 kg, BMI 31.6.
Skin: L anterolateral mid-thigh, band-like 5x2.5cm violaceous induration with black eschar in
its centre; mottling around it. R thigh normal.
Neuro: spastic paraparesis, hip flexors 2/5 bilat, sensory loss to mid-shins.

A/P: PPMS stable on ocrelizumab; next infusion May.
Painful necrotic L thigh lesion - HD, anticoagulated with warfarin - worrisome; derm + wound
referral this week, nephrology messaged.
"""),
("2024-02-28", "Wound Care Center", """
OUTPATIENT WOUND CENTER
Referred: MS clinic / derm.

Dx: calciphylaxis, L anterolateral thigh - derm punch bx 2/21/24 read as calciphylaxis
(calcified subcutaneous vessels, fat necrosis).
Onset per wife ~Feb 9.

Wound L anterolateral mid-thigh: 6.0x2.8x0.2 cm; eschar 80 percent, yellow slough the rest;
periwound violaceous and indurated, moderate serous exudate, not malodorous.
Pain 9/10 during the dressing change despite premedication.

Tx today: gentle saline cleanse, calcium alginate, bordered foam; no debridement.
Nephrology has begun thiosulfate on his dialysis days; warfarin swapped for apixaban by cardiology on 2/23.
Leg bag straps now go on the R thigh. Pillow under the L thigh in bed.
RTC weekly.
"""),
]}

C04 = {"patient_id": "C04", "age": 58, "sex": "F", "notes": [
("2020-08-25", "Neurosurgery Postoperative Visit", """
NEUROSURGERY CLINIC - POSTOP
58 y/o F, SPMS with severe LE spasticity (MAS 3-4 adductors/hamstrings), ITB candidate.
Screening: 50 mcg intrathecal baclofen bolus by LP 7/14/20 - good response.
S/p implantation of a programmable intrathecal baclofen pump (40 mL) on 11-Aug-2020,
pump in a subfascial pocket R lower quadrant, catheter tip T10.
Today POD 14: R lower abdominal incision (8 cm transverse) healing well, staples out,
steri-strips on. Lumbar incision clean.
No signs of CSF leak, no positional headache.
Dose: 100 mcg/day simple continuous.
VS 132/78, HR 70, 36.6C, BMI 36.4.
Meds incl. warfarin 5 mg (R leg DVT/PE 2018, INR goal 2-3), restarted POD 2.
PMH: SPMS, obesity, hypothyroidism. Kidneys fine - Cr 0.7. Not diabetic.
Plan: first refill + interrogation early December; titrate 10-15% per visit in spasticity clinic.
"""),
("2020-11-03", "MS and Spasticity Clinic", """
MS & SPASTICITY CLINIC
Ms. V, 58, SPMS, ITB pump since August.

C/o: since mid-October an exquisitely sore purple area over the pump scar, which now has a
dark middle. No fever. No swelling over the pump, no drainage.
Spasticity much improved, MAS 1+ adductors. Walker at home.

VS 140/82, P 76, 36.8C, 98 kg, BMI 36.2.
Skin: R lower abdomen, tracking along the lateral part of the transverse pump incision: firm
violaceous plaque (6x3cm) with stellate purpura, 1x1cm eschar in the middle, tender ++.
Labs: creat 0.8 (eGFR >90) / Ca 9.4 / phosphate 3.6 / PTH 48 / INR 2.7.

Impression: superficial incisional infection vs dehiscence vs calciphylaxis (warfarin, obese).
Plan: nothing to culture; urgent derm for bx; discussed with neurosurgery - US shows no pocket
collection. Pump interrogated: normal function.
"""),
("2020-11-19", "Dermatology Consult", """
DERM CONSULT NOTE
58F, SPMS w/ ITB pump (implanted 8/11/2020). Normal renal function, never dialyzed.
Lesion R lower abdomen, onset mid-October 2020, along the pump pocket incision.

Punch bx 11/10/20 (2 cores): mineral deposits inside the walls of small panniculus vessels, intimal
fibroplasia, microthrombi, septal panniculitis. Von Kossa +. Stains negative for organisms.

Assessment: non-uremic calciphylaxis, R lower abdomen, arising in the surgical scar of the
baclofen pump implantation. Contributors: warfarin, obesity (BMI 36.2), albumin 3.0.

Plan:
- warfarin to apixaban - PCP made the change by phone today
- sodium thiosulfate infusions M/W/F, outpatient infusion unit
- no debridement yet; nonadherent dressings
- neurosurgery aware; pump stays unless infected
"""),
]}

C05 = {"patient_id": "C05", "age": 49, "sex": "M", "notes": [
("2025-03-04", "MS Center DMT Start Visit", """
MS CENTER - DMT START VISIT (ofatumumab)
Date: March 4, 2025

49M with RRMS (dx 2021), 2 relapses on dimethyl fumarate (Aug 2024 optic neuritis, Jan 2025
brainstem). MRI 2/2025: 3 new T2, 1 Gd+. Switching to ofatumumab 20 mg SC pen: wk 0, 1, 2,
then q4wk from wk 4.
Pre-tx labs: HBV neg, IgG 1010, IgM 72, VZV IgG+. Vaccines current.

Other: ESRD due to FSGS; HD M-W-F, evening shift. Type 2 DM on diet alone (A1c 6.4). Takes no
anticoagulant, never on warfarin.

Teaching: RN Marisol demonstrated the pen; pt gave himself dose 1 today -
L lower abdomen, 2 finger-widths to the left of the umbilicus and a little below it - he prefers
that side. Tolerated, mild local redness at 30 min.
VS 150/88, HR 80, 36.5C, BMI 31.5.
Next doses 3/11 and 3/18 at home, then monthly. RTC 3 mo.
"""),
("2025-06-10", "Dialysis Unit Note", """
HD UNIT NOTE - Wed eve shift
Charge RN + Dr. Falkenrath at chairside.

Pt describes a "burning bruise" on his L lower belly next to the belly button; it began 2 wks
ago and the middle is now black. Denies fall or other trauma. Still using his monthly MS pen at
home.
Exam: L paraumbilical hard plaque, purple-black, ~3.5x3cm, necrotic centre, livedoid rim,
very tender; dry.
Pre-run 162/94, HR 88; wt 96.4 kg (EDW 95.5).
Labs (6/2): Ca 9.6 / PO4 7.6 / PTH 1180 / alb 3.4.
Nephro impression: r/o calciphylaxis - high Ca x P product, hyperPTH.
Plan: wound clinic and derm biopsy before Friday; cinacalcet to 60 mg; lanthanum replaces the
calcium acetate; thiosulfate with dialysis if the bx supports it.
"""),
("2025-06-24", "Wound and Hyperbaric Center Initial Visit", """
WOUND & HYPERBARIC CENTER - initial
49 y/o M, HD, diet-controlled DM, RRMS on ofatumumab.
Bx (derm, 6/13/25): calciphylaxis - vessel calcification, thrombosis, fat necrosis; von Kossa pos.
Wound: L periumbilical abdomen, 4.0 by 3.2 cm, full-thickness, entirely covered by stuck-on black
eschar; violaceous induration extends 2 cm beyond it. Pain 7/10.
Onset: late May per pt.
STS 25 g IV started with HD 6/16.
Weight 96 kg, ht 175 cm, BMI 31.2.
Plan: leave the stable eschar intact, povidone-iodine paint daily, foam cover; consider HBOT
if it progresses; RTC 1 wk.
"""),
]}

C06 = {"patient_id": "C06", "age": 67, "sex": "F", "notes": [
("2021-11-30", "Neuroimmunology Urgent Visit", """
NEUROIMMUNOLOGY - urgent slot
67F, relapsing MS now with secondary progression, EDSS 5.5, off DMT since 2019 (age, ESRD,
shared decision).
Fell in the bathroom on Thanksgiving night (11/25) - R foot caught the bath mat and she went
down onto her right hip and thigh against the rim of the tub. No LOC, head not
struck. Son brought her in.
Walking less since, c/o R hip/thigh soreness.

VS 136/70, HR 82, 36.8C, BMI 34.3.
Exam: big yellow-purple ecchymosis over the R lateral thigh, ~12x9 cm, mildly tender, no
hematoma palpable; hip moves fully and axial loading is painless. Strength same as July.
X-ray R hip/femur today: no fracture.

PMH: ESRD on HD, T2DM using glargine + aspart (abdomen), warfarin stopped 2019 after a GI
bleed, now on apixaban.

A/P: mechanical fall from MS gait impairment. Home PT, grab bars, shower chair; fall
precautions reviewed with son.
"""),
("2021-12-20", "Dialysis Rounds", """
Dialysis rounds - Bayview Kidney Care
67F, ESRD 2/2 DKD, HD TTS via L AVF. MS.

S: R thigh pain worse than right after her fall; "the bruise turned black" x 2 wks.
O: BP 148/76. Post wt 88.1 kg.
R lateral thigh: inside the fading yellow ecchymosis there is a stellate black-violet plaque,
5x4cm, indurated, ringed by livedo reticularis; even a light touch hurts.
Labs 12/15 - Ca 9.2, PO4 6.9, PTH 760, alb 3.1.
A: new necrotic lesion at the exact spot where she landed in the Thanksgiving fall. In an
insulin-treated diabetic on HD with high phosphate, calciphylaxis heads the list.
P: derm bx this wk; hold calcitriol; non-calcium binder; start STS with HD pending path.
"""),
("2022-01-04", "Dermatology Clinic", """
DERMATOLOGY CLINIC
F/u after bx. Incisional bx R lateral thigh 12/22/21.
Path: calciphylaxis (mural calcification of subcutaneous small and medium vessels,
thrombosis, panniculitis).
Onset around Dec 6 per pt and son, some 11 days after the Thanksgiving fall onto that thigh.
Exam: eschar 6x5cm on the R lateral thigh, purpuric border. Nothing elsewhere; insulin sites
on the abdomen look fine.
Dx: calciphylaxis (histology-confirmed), R lateral thigh - the very area injured in the fall.
Plan: STS continues with HD; wound care referral; no surgical debridement now. Discussed
prognosis frankly with pt and son; goals of care conversation with nephrology next week.
"""),
("2022-01-25", "Wound Care Visit", """
WOUND CARE - outpatient
R lateral thigh calciphylaxis (bx-proven 12/22/21).
Size today 6.5x5.0 cm; eschar edges loosening, roughly 30% slough under them.
Procedure: curette used to take off loose devitalized tissue at the margins (selective, about
4 cm2) after topical lidocaine. Minimal bleeding.
Dressing: honey alginate, abdominal pad, light wrap; home health to change 3x/wk.
Pain 6/10 on hydromorphone.
BMI 34.0 (86.9 kg on the home-health scale).
Periwound: no maceration, rim of induration ~1 cm, no cellulitis. Son shown the dressing
steps today; photo uploaded to chart.
Plan: weekly visits; STS continues; nutrition consult (alb 3.0); protein shakes twice daily.
"""),
]}

C07 = {"patient_id": "C07", "age": 55, "sex": "M", "notes": [
("2023-02-14", "MS Clinic Follow-up", """
MS Clinic - Valentine's Day visit (2/14/23)
55M, SPMS since ~2015, EDSS 6.5, no DMT (natalizumab stopped 2019, JCV index 2.9).
Main issue: painful night spasms in both calves and feet, waking him 3-4x/night.
He has been laying an electric heating pad across both calves in bed since January, on medium,
most of the night - says nothing else helps.
ESRD, CAPD with four daily exchanges. Not diabetic. No warfarin.
VS 120/76, P 68, 36.4C, 82 kg, BMI 27.5.
Exam: MAS 2 gastrocs bilat, 4 beats of clonus R ankle. Legs: dry skin, no wounds.
A/P:
- baclofen 5 mg TID to 10 mg TID (renal caution), watch for sedation
- calf stretching program; PT referral
- asked him to keep the pad on low with a towel under it and to cut back the hours
"""),
("2023-04-11", "Peritoneal Dialysis Clinic", """
PERITONEAL DIALYSIS CLINIC - monthly
55M ESRD (ADPKD), CAPD since 2021. SPMS.

New: since early March, dark tender patches behind both lower legs, worse these last 2 wks;
the right one has opened.
Exam: posterior R calf ulcer (4x3cm), black base, violaceous border; posterior L calf plaque
of retiform purpura, 3x3cm, indurated, unbroken. Pedal pulses palpable. No edema.
PET: high-average transporter. Kt/V 1.8.
Ca/PO4/PTH 9.9/6.4/590, alb 3.3.
Impression: probable calciphylaxis of both calves - needs tissue dx.
Plan: derm bx; calcium carbonate off, sevelamer on; STS infusions once bx back.
"""),
("2023-04-25", "Dermatology Consult", """
Dermatology - consult
Reason: bilateral posterior calf lesions, PD pt with MS.
HPI: onset early March 2023, progressive; night pain 8/10 that stops him sleeping.
Exam: R back of calf - ulcer, 45x35 mm, eschar-covered; L posterior calf plaque 3x3 cm, new
central necrosis. Thighs, buttocks and abdomen clear.
4/18/23 deep punch at the margin of the L calf plaque: calcified arterioles with thrombi in
necrotic fat - this is calciphylaxis.
Dx: calciphylaxis, posterior calves bilaterally, tissue-proven.
Plan: wound care, STS, pain management with palliative team; f/u 6 wks.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
