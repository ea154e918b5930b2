"""probe243 corpus notes, W01-W07 (Gulf-region hospital notes; all people and places invented)."""

W01 = {"patient_id": "W01", "age": 61, "sex": "F", "notes": [
("2023-04-16", "Nephrology Admission Note", """
NEPHROLOGY - ADMISSION NOTE
Qasr Al Rimal Hospital, Abu Dhabi | Ward 6B
Date: 16/04/2023 (25 Ramadan 1444)
Interpreter: Arabic, staff interpreter Ms Rawdha present (pt speaks no English)

61F, Emirati, ESRD 2ry to diabetic nephropathy; dialyses Mon-Wed-Fri on a R arm fistula
(created 2017).
CC: dark, v. sore patch, L thigh laterally. She spotted it on 21 Ramadan
(12/04/2023) while fasting on a non-dialysis day. Pain 9/10, not sleeping.
DM2 x 20 yrs - Lantus 18 u at night + NovoRapid 6-8 u with iftar and suhoor. Since Mar 2021 she
injects into both thighs only; the diabetes educator steered her away from the tummy, which had
gone lumpy (lipohypertrophy). Never on warfarin.
O/E: afebrile, BP 152/84. Wt 85.1 kg, BMI 33.1.
L lateral thigh: star-shaped violaceous plaque ~6x4cm, exquisitely tender, greyish middle.
R thigh: needle marks, no plaque.
Ca 2.49, PO4 2.31, iPTH 71 pmol/L.
Imp: ?calciphylaxis. Derm to see today; calcium-based binder stopped; wound + pain teams.
"""),
("2023-04-19", "Dermatology Consult", """
DERMATOLOGY CONSULT - 19 April 2023
Requested by: Nephrology (Dr Haddad-Nour)

Hx taken through the interpreter. Pain L outer thigh since 12 Apr. Pt points at the plaque and
says this is "where the pen goes" - she rotates Lantus/NovoRapid over both lateral thighs.
Exam: 6.5x4.5cm retiform purpura, lateral aspect L thigh, black eschar ~1.8cm at its
core, livedoid rim; subcut tissue woody. Opposite thigh: pinprick marks and a little
lipohypertrophy only,
no purpura.
A: picture strongly suggestive of calciphylaxis at an insulin injection site (L thigh).
P: two 6 mm deep incisional samples from the edge taken at bedside under LA, to histo (H&E plus
calcium stain). No more injecting into the L thigh. Analgesia per palliative care.
"""),
("2023-04-27", "Wound Care MDT Note", """
Wound / MDT review 27.04.23

Histo (bx 19/4): calcium-encrusted tiny arterioles in the fat, intimal thickening, clot,
necrotic fat lobules, positive calcium stain => CALCIPHYLAXIS confirmed.
L lat thigh: 7x5cm, dry eschar 2x2cm, livedo around, no cellulitis.
Dressing: keep eschar dry, non-adherent cover, change alt days.
STS 25g IV after every HD since 21/04. Cinacalcet (Mimpara) 30mg OD. Binder switched to Renvela.
Insulin: DM nurse will move injections back to the abdomen, away from the old lipo lumps - she
agrees.
Weighed today 84.0kg -> BMI 32.8.
Ramadan over, back to normal meals after Eid. Mood low, SW to see.
RV 1/52.
"""),
]}

W02 = {"patient_id": "W02", "age": 47, "sex": "F", "notes": [
("2024-02-20", "Haemodialysis Unit Physician Round", """
HD Unit round - Bayt Al Lulu Renal Centre, Dubai - Tue 20/02/2024
47 y/o F, Pakistani, on our Tue-Thu-Sat shift, L forearm fistula. Speaks Urdu; husband
translating.
Back from Multan on 28/01/2024 after 5 weeks' leave (dialysed at a private unit there).
c/o painful hard lump R buttock, started 4 weeks ago, now darker and "burning like fire".
While in Multan a GP found her Hb low and gave "iron injections" - Jectofer, 5 shots IM into the
R buttock on alternate days starting 2 January. The site was sore afterwards so a hot
water bottle went on it most nights for about a week.
O/E: R upper outer gluteal quadrant - firm purplish plaque roughly 5x6cm, lacy margin,
1 cm dusky centre. L buttock normal.
Not diabetic (HbA1c 5.3). No anticoagulant ever.
Dry wt 66.5 kg. BMI 27.4.
Plan: derm clinic next wk, paracetamol + tramadol PRN.
"""),
("2024-02-27", "Dermatology Clinic", """
Dermatology OPD 27-Feb-2024
Interpreter: Urdu (Mr Saqib, hospital interpreter).

Referred for R gluteal plaque since about 23 Jan, at the site of IM iron injections given in
Pakistan (2-10 Jan) and the hot water bottle used after them.
Exam: upper outer R buttock, 6x6cm net-like purpuric plaque, blackened 2cm centre, very
tender. No fluctuance, no warmth.
DDx: calciphylaxis / Nicolau (embolia cutis medicamentosa) / deep abscess.
Bx: 2 deep punches + 1 incisional from the margin, sent to histo.
Advised: no further IM injections, no heat over the area.
"""),
("2024-03-06", "Nephrology Follow-up", """
Nephrology f/u 06/03/2024

Bx (27/02): small vessels with calcified media and clot inside, calcium deposits in the fat
septa. No foreign material, nothing to favour Nicolau.
Dx: CALCIPHYLAXIS R buttock, at the injection / hot-water-bottle site.
Labs: corr Ca 2.41 | PO4 2.05 | PTH 88 | alb 33.
Plan: thiosulphate (STS) 12.5 g IV, run in near the end of dialysis; CaCO3 stopped;
start cinacalcet; sessions lengthened to 4h30; wound team weekly.
Wt 65.8 kg, BMI 27.1.
Counselled with husband translating: any future iron to be given IV on the unit only.
"""),
]}

W03 = {"patient_id": "W03", "age": 66, "sex": "M", "notes": [
("2023-07-24", "PD Clinic Review", """
PD CLINIC - Khawr Tibat Hospital, Muscat        24 Jul 2023
66M, CAPD (four 2-litre bags a day) since 2020; ESRD, ?DKD/HTN. Son interprets (Arabic).
C/O painful black spots behind the L calf.
Hx: for L leg pain the village healer did "wasm" (traditional cautery with a heated iron rod) on
his L calf, posterior aspect, on Eid al-Adha day, 28/06/2023. Three small burns, which scabbed.
From around 15 July the skin around them turned purple and became very painful.
PMH: T2DM on Trajenta 5 mg only, never insulin. Mech MVR 2011 - warfarin, INR 2.9.
O/E: L posterior calf - 3 round cautery scars 8-10 mm sitting inside a purplish net-patterned
plaque of about 7x5cm, two necrotic patches. No pus. R calf normal. PD exit site clean.
BMI 24.6.
Imp: ?calciphylaxis vs infected burns. Admit; derm; empirical abx.
"""),
("2023-07-27", "Dermatology Inpatient Consult", """
Derm inpt consult, 27/7/23
Seen with son. Cautery (wasm) to L calf on 28 June; purpuric change from mid-July as documented
by the PD team.
Exam: behind the L calf, retiform purpura ringing three healed burn scars; eschars of 1.5cm and
1cm. Pain far beyond what it looks. Foot pulses felt; ABI 1.3 (incompressible).
Imp: calciphylaxis favoured over burn infection. Warfarin, PD and DM all risk factors.
Plan: deep wedge bx from the margin tomorrow - not a punch from the necrotic centre. Wound swab.
Cardiology to advise whether anything can replace warfarin (mechanical mitral - probably not).
"""),
("2023-08-09", "Discharge Summary", """
DISCHARGE SUMMARY
Admitted 24/07/2023 - Discharged 09/08/2023

Diagnoses:
1. L calf calciphylaxis, biopsy-proven (wedge bx 28/07/2023), arising in the traditional cautery
burns of 28/06/2023.
2. End-stage kidney disease, CAPD.  3. Type 2 DM (oral agent).  4. Mechanical MVR, warfarin.
Course: histology - calcified arterioles with occlusive thrombus, necrotic fat. Swab grew skin
flora only, abx stopped d3. STS 25 g IV on alternate weekdays in day unit, pain team, PD dose up,
calcium binder stopped. Cardiology: warfarin must continue; INR aim 2.5-3.0, keep low end.
Discharge weight 62kg (BMI 24.2).
F/U: PD clinic in a fortnight, wound clinic each week. Family counselled: no further wasm or
cautery.
"""),
]}

W04 = {"patient_id": "W04", "age": 53, "sex": "F", "notes": [
("2021-11-10", "Nephrology OPD Note", """
Nephrology OPD - Ras Sumaira General Hospital, Doha          10-11-2021
53F from Kerala, HD Sat/Mon/Wed at our satellite unit. Daughter translates (Malayalam).
C/o a sore, hardened patch at the R side of her waist since October, worse when she ties her
salwar. She ties the drawstring very tight on the R, has done for years, "otherwise it slips".
PMH: ESRD (DKD), T2DM on Mixtard 30 - 20u/14u, injects around the navel. HTN. L leg DVT 2016 -
warfarin for 6 months, since discontinued.
O/E: obese, BMI 36.2. R flank: horizontal band ~8x3cm of indurated dusky-purple skin, black
crust of 1.5cm in its middle, sitting exactly on the drawstring line. Periumbilical injection
area soft, no lesions.
Ca 2.52, PO4 2.4.
Plan: urgent derm ref, ?calciphylaxis. Loosen clothing meanwhile.
"""),
("2021-11-18", "Dermatology Note", """
DERMATOLOGY
18 Nov 2021

Bx R flank (taken 11/11) - histopathology: calcified walls in small and mid-calibre subcutis
vessels, clot within them, dead fat lobules. Diagnosis: calciphylaxis.
Clinically a linear plaque following the drawstring's pressure line on the R flank -
Koebner-type distribution where the skin has been squeezed for years. Abdomen around the insulin
sites is uninvolved.
Rx: loose elastic-waist garments only, no tight drawstrings. STS through nephrology.
Pain: pregabalin 25 mg after each HD.
Photos taken with consent and uploaded. Daughter asked whether it will scar - told it heals
slowly over months and will probably leave a mark. Derm review in a month
(sooner should it extend).
"""),
("2021-12-05", "Wound Clinic Note", """
Wound clinic 05/12/21
R flank ulcer 3.2x1.1cm: 80% yellow slough, 20% black eschar, edges livid, scant serous
exudate, no odour. Livedo extends 2 cm around.
Loose slough trimmed with scissors and forceps (conservative sharp), tolerated.
Dressing: Aquacel Ag + bordered foam, twice weekly.
At home she now wears a loose abaya or elastic-waist trousers; the drawstring salwars have been
given away.
Wt 89.4 kg.
Pain 5/10 (was 8). STS ongoing with HD.
Daughter changes the outer foam at home between visits; 5 days' supplies issued.
RV 1 wk.
"""),
]}

W05 = {"patient_id": "W05", "age": 58, "sex": "M", "notes": [
("2022-10-09", "Interventional Radiology Procedure Note", """
IR PROCEDURE NOTE - Wadi Hazeem Medical City, Riyadh
Date: 13/03/1444 H - 09/10/2022 G
Pt: 58M, Egyptian, ESRD (FSGS), HD; L AVF failed, needs access.
Procedure: US + fluoro guided tunnelled cuffed HD catheter (14.5 Fr, 19 cm) via the R IJV.
Catheter emerges on the R upper chest a few cm beneath the collarbone; tip at the SVC/RA
junction. No complications.
Catheter secured with 2 sutures; exit dressed with gauze and Hypafix tape across the R upper
chest.
Background: not diabetic. No anticoagulation - no warfarin, no DOAC.
Ht 176 cm / 91 kg / BMI 29.4.
Plan: HD nurses to change the dressing and tape every session. Sutures out d14.
"""),
("2022-12-06", "HD Unit Physician Note", """
HD unit - physician note      12/05/1444 H (06/12/2022)
c/o burning pain R upper chest, started last month, under the tape of the catheter dressing.
Dialysing well, Kt/V 1.3. No fever, no rigors.
O/E: below the R clavicle, a purplish plaque ~4x3cm, necrotic in the middle, lying under the
lower border of the Hypafix, a thumb's width or so lateral to where the line exits. The exit
itself looks clean, no pus, tunnel non-tender.
Ca 2.6 mmol/L (on CaCO3 + alfacalcidol), PO4 2.2, PTH 120 pmol/L.
DDx: adhesive/tape stripping injury vs contact dermatitis vs calciphylaxis.
Plan: derm; blood cultures x2; stop alfacalcidol; change binder to sevelamer.
"""),
("2022-12-14", "Dermatology Consult", """
Dermatology      14/12/2022
Bx (8/12) of the R upper chest plaque: calcified media in small arterioles, microthrombi,
subcutaneous fat necrosis. Dx: calciphylaxis.
Interpretation: calciphylaxis confined to the strip where adhesive tape has been stuck and pulled
off three times a week over the tunnelled catheter - Koebner phenomenon.
Plan: silicone non-adhesive dressing, no tape on the chest, secure with tubular net vest. STS
with dialysis. Review 2 weeks. Discussed with the pt in Arabic, he understands.
Exit site inspected: dry, no discharge. Vascular surgery asked to map the R arm veins for a new
fistula so the line can eventually come out.
"""),
]}

W06 = {"patient_id": "W06", "age": 52, "sex": "M", "notes": [
("2023-01-13", "Emergency Department Note", """
ED NOTE   Al Sidra Heights Hospital, Sharjah   13-Jan-2023 18:40
52M, Sudanese, HD pt (Sun/Tue/Thu).
Slipped on the metal step of a bus this afternoon and struck his R shin on the edge.
O/E: R anterior mid-shin superficial abrasion 3x1.5cm, oozing, no bony tenderness, no
deformity. NV intact distally.
Cleaned with NS, left open, keep dry. Td booster IM to L deltoid (previous dose over a decade
back).
PMH: ESRD, haemodialysis; T2DM - Lantus 14 u; HTN. Not on warfarin.
BMI 25.8 per triage.
Dispo: home; HD unit to look at the wound on Sunday.
"""),
("2023-02-08", "HD Unit Doctor Note", """
HD doctor's note - Wed 08/02/2023
Pt reports a sore purplish area over the R shin x 2 wks, in exactly the place he hit on the bus
step last month. Says the graze had healed completely before this came.
O/E: front of R shin - net-like purpura about 5x4cm, small black eschar (1cm) centrally, very
tender, not warm. Pedal pulses weak. L arm Td site unremarkable.
Bloods: Ca 2.55, P 2.6, PTH 98 pmol/L, on CaCO3 1 g tds.
Imp: ?calciphylaxis R leg.
Plan: skin bx via derm; CaCO3 off, sevelamer on; extra HD session this week.
"""),
("2023-02-15", "Dermatology Note", """
Derm clinic 15.02.2023
Bx taken 10/02/23 from the R shin: thrombosed, calcified subcutaneous arterioles; fat
necrosis; calcium stain strongly positive.
Dx: calciphylaxis R anterior shin.
Note the lesion developed on the site of the traumatic abrasion of 13 Jan (bus step) - Koebner
phenomenon.
Lantus continued, abdomen. Wt 80.5 kg, BMI 25.5.
Plan: STS 25 g after HD, wound care, leg elevation, no compression bandage. Sudanese community
volunteer to help with transport.
Wound today: dry 1 cm eschar, purpura around it unchanged. Pain 6/10, tramadol 50 mg at night.
"""),
]}

W07 = {"patient_id": "W07", "age": 45, "sex": "F", "notes": [
("2020-08-20", "PD Clinic Note", """
PD CLINIC - Al Qattara Kidney Centre, Al Ain        20 August 2020
45F, Emirati. ESRD 2ry to lupus nephritis, CAPD since 2018. Antiphospholipid syndrome on warfarin
(Coumadin), INR 2.6 today.
S: tired, breathless on stairs, sleeping badly. No fluid overload sx.
O: Hb 8.7 g/dL, ferritin 540, TSAT 31%. BP 128/76. Weight 58 kg, BMI 22.3. Not diabetic.
Catheter exit healthy, tunnel not tender.
P: start darbepoetin (Aranesp) 40 mcg subcut once a fortnight - PD nurse to inject the
back of the arm, swapping sides each dose. First dose given today, R arm. Recheck Hb 4 wks.
"""),
("2021-05-03", "PD Clinic Note", """
PD clinic - 3/5/2021 (21 Ramadan 1442)
Painful lumps in both upper arms since 1 Ramadan (13 April). Fasting; doing her exchanges at
iftar and suhoor.
O/E: posterior aspect of R and L upper arms - several firm tender violaceous nodules (1-2cm)
with overlying livedo; on the L arm a 1 cm black eschar. These are the spots where the nurse has
been giving the Aranesp.
INR 3.4.
DDx: lupus panniculitis / injection-site reaction / calciphylaxis (PD + warfarin).
Plan: derm today for bx; hold SC ESA; adjust warfarin.
"""),
("2021-05-12", "Dermatology Follow-up", """
Derm f/u 12/05/2021
Bx L posterior arm nodule (3 May): dermal and fat vessels calcified, some thrombosed;
the interface and the fat lobules free of lymphocytes.
=> calciphylaxis, NOT lupus panniculitis.
Both posterior upper arms involved, at the Aranesp injection sites.
Plan: no more SC ESA into the arms - change to IV Mircera given at clinic visits. STS via renal.
Haematology: warfarin continues for APS (triple positive); keep INR low in the range.
BMI 22.0.
Eid expected tomorrow, family visiting; she will stop fasting. Paracetamol 1 g tds for pain,
sleeping better.
"""),
]}

PATIENTS = [W01, W02, W03, W04, W05, W06, W07]
