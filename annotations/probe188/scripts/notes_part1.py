"""probe188 corpus notes, B01-B07 (Australian and New Zealand renal units and the clinics around them; all invented)."""

B01 = {"patient_id": "B01", "age": 67, "sex": "M", "notes": [
("2022-04-20", "Satellite Haemodialysis Nursing Note", """
BELLBIRD CREEK SATELLITE DIALYSIS UNIT - RN NOTE        Wed 20/04/22
Chair 6, early shift. 67M, in-centre HD MWF 4.5 h via L brachiocephalic AVF
(2 x 15G, rope ladder). Pre: wt 80.4 kg (DW 78.5), BP 152/80, HR 74 reg, T 36.4.
Post: 78.6 kg, BP 131/76. UF 1.9 L, Qb 350. No cramps, no hypo's. Lines
returned w/o issue.
Hb 92 g/L on bloods of 14/04/22 -> Dr Okonkwo (renal consultant) has charted
darbepoetin (Aranesp) 40 mcg SC weekly. First dose given by me post-run today,
SC into R arm, posterior aspect, upper third (pt asks us to keep his fistula arm free).
ESA educ: BP checks, headache, report any chest pain or calf swelling.
Background: ESRD sec to IgA nephropathy, HTN, gout. NOT diabetic.
Anticoagulants: nil. Ht 1.73 m, BMI 26.1.
Plan: Aranesp every Wed after HD into the R posterior arm, rotating within
that patch. Hb recheck 4/52.
K. Tamihana RN
"""),
("2022-07-06", "Renal Registrar Review (Dialysis Unit)", """
RENAL REG REVIEW - on the floor, chair 6      06-Jul-2022
Asked to see by the NUM re painful R arm.
S: Pain over the R triceps area started a fortnight ago, first as a purple
blotch, now "burns like a hot iron", 9/10, can't sleep on it. Off his food.
O: Afebrile. BP 146/84. Posterior R upper arm: stellate plaque 6x4cm, violet-dusky,
with a central black eschar approx 2cm, livedo at the margins, woody induration, v tender.
L AVF: good thrill, overlying skin fine. Legs and abdo clear.
Bloods: corr Ca 2.61, PO4 2.34, PTH 96 pmol/L, Alb 30, CRP 22, Hb 108.
Meds: Ca carbonate 600 mg TDS, calcitriol 0.25 mcg daily, Aranesp 40 mcg weekly.
Imp: ?calciphylaxis. The plaque sits right over the spot where his weekly
Aranesp shots have been going in since April.
Plan: 1) withhold Aranesp this wk, later doses into a thigh not the R arm
2) cease Ca carbonate + calcitriol, start sevelamer 3) derm for punch bx this wk
4) Endone 2.5 mg post HD prn
Dr S. Vidanage, Renal AT
"""),
("2022-07-19", "Dermatology Outpatient Letter", """
Bellbird Creek Dermatology Outpatients
19 July 2022

Dear Dr Okonkwo,
Re: Mr Arthur Penhaligon, DOB 03/02/1955, URN 448120

Thanks for asking me to see Arthur. The 4 mm punch biopsy I took from the edge of the
posterior R arm lesion on 08/07/2022 shows calcified subcutaneous microvessels, several
blocked with thrombus, and necrotic fat around them; calciphylaxis is confirmed.
He dates the first pain to about 22 June. The plaque lies precisely over the area used for
his weekly darbepoetin injections, given there since 20 April. I think the repeated
injections localised the disease (a Koebner-type response) and I would not inject into
that arm again.
Today the eschar is unchanged and there is less livedo around it. Weight 77.2 kg, BMI 25.8.
I agree with IV sodium thiosulfate 12.5 g three times a week on dialysis and gentle moist
dressings (Intrasite gel under a Mepilex Border). I will see him again in four weeks.

Kind regards,
Dr Imogen Castellari, FACD
"""),
]}

B02 = {"patient_id": "B02", "age": 58, "sex": "F", "notes": [
("2020-09-10", "Credentialled Diabetes Educator Review", """
CDE REVIEW - Renal Diabetes Clinic, Kookaburra Flats Hospital      10.09.2020
58F, T2DM since 2006, ESRD from diabetic nephropathy, dialyses Tu/Th/Sa. HbA1c 9.1%
despite linagliptin. Renal physician started basal insulin: glargine (Optisulin)
14 units nocte, commenced 3/9/2020, one week ago today.
Technique: 4 mm pen needle, primes 2 units, holds 10 sec before withdrawing.
She injects into the outer thighs, alternating sides (L one night, R the next); will not use the
abdomen ("can't stand needles anywhere near my tummy").
Sites inspected - no lipohypertrophy, no bruising.
BSLs: fasting 9-13 mmol/L, no hypos. Hypo kit + jelly beans gone over again,
incl. what to do on dialysis days.
Wt 104.2 kg, Ht 169 cm, BMI 36.5 - obese.
Plan: titrate up 2 units q3 days to fasting 6-8; NDSS registration done;
r/v 4/52 or phone earlier if BSL < 4.
J. Ferreira, CDE
"""),
("2021-02-08", "Renal Ward Admission", """
RENAL ADMISSION - Ward 5B        08/02/21
Direct from HD.
HPC: very painful area L leg. Pain began on Australia Day - she remembers as she had
to leave the family barbie early - as a red-purple blotch, which has turned black since.
Pain 10/10, no fevers, no rigors.
PMH: ESRD - HD TTS, R radiocephalic fistula; T2DM on Optisulin 18 u nocte + linagliptin; HTN;
OSA on CPAP; obesity.
O/E: T 36.9, BP 168/90, HR 88. Left lateral thigh, middle third: 8x5cm necrotic
plaque, black eschar stuck down, retiform purpuric rim; excruciating to touch.
R thigh, buttocks and trunk clear. Foot pulses present.
Ix: Ca corr 2.55, PO4 2.62, PTH 140, ALP 160, Alb 29, WCC 9.8.
Imp: calciphylaxis - clinical diagnosis, classic look.
Plan: derm r/v + bx; STS 25g after every HD; stop calcitriol; pain team re
fentanyl; wound CNC referral.
Dr P. Nakamura, Renal reg
"""),
("2021-02-15", "Wound CNC Note", """
Wound CNC - Ward 5B      15 Feb 2021
Referral: L lateral thigh calciphylaxis (skin bx 09/02/21: medial calcification of
subcut arterioles - confirmed).
Wound: 8.5x5.2cm, 90% black dry eschar, 10% yellow slough at the inferior edge,
nil exudate, nil odour. Periwound violaceous + indurated approx 2 cm. Pain score 7 during
the dressing change even after a pre-emptive fentanyl lozenge.
Plan: leave eschar dry + intact, do NOT sharp debride; paint with povidone-iodine twice daily,
cover with Mepilex Border 15x15, change alternate days + prn strike-through.
Pressure-redistributing mattress ordered. Pt and her husband shown the routine.
BMI 35.9 on today's ward weight.
Will review Thurs.
T. O'Rourke, Wound CNC
"""),
]}

B03 = {"patient_id": "B03", "age": 71, "sex": "M", "notes": [
("2023-09-04", "Home Therapies (PD) Clinic Review", """
HOME THERAPIES CLINIC - Wattle Ridge Health      4/9/23
71M, APD 4 cycles overnight x 9 h + icodextrin day dwell. Tenckhoff exit site (L)
clean, nil crust, non-tender. Effluent clear.
Issue today: sore patch on his R side, present since mid-August.
Hx: for his "lumbago" he has held a microwaved wheat bag against his right flank on most
evenings, ever since winter started.
O/E: R flank, between 12th rib and iliac crest, 5x4cm dusky purple indurated plaque,
mottled net-like edge; light touch hurts a lot. Faint reticulate brown
staining of the skin around it.
Bloods: Ca 2.49, PO4 2.1, PTH 61, Hb 118. Weekly Kt/V 1.9.
PMH: ESRD (hypertensive nephrosclerosis), AF (warfarin; INR 2.4 on Tues), T2DM -
diet-controlled only, gout.
Wt 92.6kg, Ht 175.7cm, BMI 30.0.
Impression: ?early calciphylaxis; DDx erythema ab igne (wheat bag).
Plan: urgent derm slot for bx; no wheat bag in the meantime.
A. Dimitriou, NP Home Therapies
"""),
("2023-09-15", "Dermatology Consult", """
DERMATOLOGY CONSULT      15 Sep 2023
Reason: R flank plaque in a PD patient.
Punch bx 06/09/23 from the R flank: stippled calcium in arteriolar walls of dermis and
subcutis, with thrombosis + fat necrosis = calciphylaxis. Overlying dermis also shows
the changes of erythema ab igne.
Today the plaque has grown to 6x5cm, 1 cm eschar in the middle.
Comment: the lesion is exactly where he has rested his hot wheat bag every night since
winter began. I think the repeated heat drew the calciphylaxis to this spot (Koebner
phenomenon).
Recs:
- no heat on the skin at all: wheat bags, hotties, electric blankets
- warfarin contributes; suggest renal/cardiology talk about switching
- gentle non-adherent dressings, no debridement for now
Dr Hamish Lockyer, Dermatology Registrar, d/w Prof. Wendt
"""),
("2023-10-10", "Renal Consultant Clinic Letter", """
Dear Dr Baptiste,
Re: Mr Stavros Galanis, 71
Seen in renal clinic 10 October 2023.
Diagnoses: 1. ESRD on APD since 2021. 2. Calciphylaxis, R flank, biopsy-proven 6/9/23,
related to nightly wheat bag heat. 3. AF: anticoagulant now apixaban 2.5mg bd, warfarin
stopped 20/9/23. 4. Type 2 diabetes managed on diet alone - no insulin or tablets. 5. Gout.
He has given the wheat bag away. The flank lesion is less painful (4/10) with a dry 1 cm
eschar. He is having IV sodium thiosulfate 12.5g x3 weekly at the day unit and
tolerates it apart from some nausea.
Weight 92.5kg; BMI 30.0. BP 138/76.
Ca 2.36, PO4 1.7, PTH 48; cinacalcet 30 mg started.
Review booked for six weeks.
Regards,
Dr Ruth Achterberg, Nephrologist
"""),
]}

B04 = {"patient_id": "B04", "age": 76, "sex": "F", "notes": [
("2021-05-12", "Renal Dietitian Review", """
RENAL DIETITIAN - Home Haemodialysis Clinic, Te Awaroa Hospital      12/05/2021
76F, home HD 4x/wk via L BCF, husband assists. T2DM on Protaphane 20 u mane
(injects abdo). Referred re K and PO4.
Diet hx: toast + marmite, mince and kumara most nights, lots of cheese scones,
milk ~300 ml/day, feijoas from the tree.
Bloods 07/05: K 5.9, PO4 2.0, Alb 33, Ca 2.44.
Anthro: wt 69.8kg, ht 159.5cm, BMI 27.4. No wt loss.
Other: feels the cold badly in the evenings - since Anzac Day she takes a hottie to
bed nightly, wrapped in a tea towel, pushed up against her shins.
Plan:
- kumara/potato boiled and drained; plain scones instead of cheese
- sevelamer 800 mg with meals (d/w renal physician)
- repeat K, PO4 in 4/52
M. Rangiwai, NZRD
"""),
("2021-06-17", "Renal Clinical Nurse Specialist Home Visit", """
RENAL CNS HOME VISIT      17.06.21
Reason: husband rang re sores on both legs.
Hx: started 3 weeks ago as lacy purple mottling on both shins (front of the lower legs),
then two very painful black sores. Sleeping poorly. Home HD runs otherwise OK, no
access problems, no alarms.
O/E: ulcers R ant shin 3x2cm and L ant shin 4x3cm, each with black
eschar and a firm violaceous margin; livedo racemosa between them. Feet warm, DP
pulses palpable. No cellulitis.
Obs: T 36.6, BP 142/70, HR 80.
D/W Dr Faleolo (renal) - clinical concern for calciphylaxis, bx tomorrow in the day unit.
Dressings: Inadine + Zetuvit + light tubifast, no compression.
Paracetamol regularly, tramadol prn.
S. Whitcombe, Renal CNS
"""),
("2021-06-24", "Renal Physician Clinic", """
RENAL OUTPATIENTS - Dr T. Faleolo      24/06/21
Punch bx L anterior shin (18/06/21): arterioles in the subcut fat calcified/
thrombosed; fits calciphylaxis.
Diagnosis: calciphylaxis of both shins.
Now: ulcers unchanged in size; pain 6/10 on tramadol. Husband managing dressings well.
Risk factors: home HD for 6 yrs, T2DM on insulin, PO4 2.0-2.3 for months, a calcium-based
binder until last month.
Plan:
- sodium thiosulphate 25g IV as each home run finishes; CNS to teach husband
- stop calcium carbonate; sevelamer 1.6 g TDS
- increase to 5 runs/wk for phosphate
- cinacalcet 30 mg daily
- wound clinic fortnightly
Wt 68.9kg BMI 27.1.
"""),
]}

B05 = {"patient_id": "B05", "age": 54, "sex": "M", "notes": [
("2019-03-20", "Home Dialysis Training Note", """
HOME DIALYSIS TRAINING - CAPD, week 2      20/03/19
54M, ESRD (FSGS). Tenckhoff inserted laparoscopically 25/02/19, exit site R lower
quadrant - dry, healing, no redness.
Training: 4 exchanges today under RN supervision, good aseptic technique and hand
hygiene, weighs bags accurately, recognises cloudy bag.
Catheter security: issued an elastic PD belt with a pocket; he has worn it pulled tight
around his lower abdomen every day since he started training earlier in March. Told it
only needs to be snug.
PMH: obesity, HTN, DVT L leg 2016 - warfarin for 12 months, ceased 2017. Not diabetic.
Wt 108 kg, BMI 33.8.
Plan: home on CAPD (four 2L exchanges a day) from Mon 25/3; home visit in wk 1.
L. Beaumont RN, Home Dialysis
"""),
("2019-06-24", "PD Clinic Review", """
PD CLINIC      24-Jun-2019
c/o painful firm lump, L lower abdomen, which began early June. Worse when he bends or
does the belt up.
O/E: 4x3cm indurated plaque, dusky in the middle, violaceous livedo around, L lower abdomen,
lying just under the lower edge of his PD belt. Exit site (R) clean. No peritonitis,
effluent clear.
Bloods: Ca 2.58 / PO4 2.20 / PTH 74 / Alb 31.
Kt/V 2.0, PET high-average.
Imp: ?calciphylaxis vs panniculitis.
Plan: punch bx at derm on Wed; loosen the belt; anchor the line with Hypafix instead.
Dr N. Hoang, Renal AT
"""),
("2019-07-02", "Dermatology Clinic", """
DERMATOLOGY - Moreton Shores Hospital      2 July 2019
Bx 26/06/19 (L lower abdomen): subcutaneous vessels calcified, fibrin thrombi within,
lobular fat necrosis. Dx calciphylaxis.
Site: the plaque runs along the line where his elasticised PD belt has pressed day and night
since March. In my view the constant pressure of the belt has localised the lesion, a
Koebner-type phenomenon.
Advice: no belt; secure catheter with tape; avoid tight trackies or waistbands.
Lesion measures 5x3cm today with a small 8 mm central eschar; surrounding livedo softer.
Analgesia: pregabalin 25 mg nocte (renal dose) plus paracetamol.
Happy to review after 4 weeks of sodium thiosulfate.
Dr Alana Whitlock, Dermatologist
"""),
("2019-08-14", "Renal Clinic", """
RENAL CLINIC      14/08/19
Progress: STS 25 g IV twice weekly at the day unit since 8/7. The L abdominal
calciphylaxis plaque is now 4x2cm, the eschar edges lifting, pain 3/10.
PD belt no longer worn; catheter taped. R exit site clean.
four CAPD bags (2L) a day, ultrafiltering ~900mL, no peritonitis episodes.
Weight 106.2 kg, BMI 33.1, obese.
Ca 2.41, PO4 1.8, PTH 55 on cinacalcet.
Has not taken warfarin since 2017; no other anticoagulant.
Plan: continue STS to 3 months total; wound review every 2 wks; dietitian re phosphate;
see in 6 wks.
Dr N. Hoang for Dr McAlister
"""),
]}

B06 = {"patient_id": "B06", "age": 63, "sex": "F", "notes": [
("2023-03-01", "Renal Social Work Note", """
RENAL SOCIAL WORK      01/03/2023
63F, commenced HD on 13 February 2023 at Mulga Flats satellite unit. Lives alone on a
property 180 km out; no licence.
Transport: community transport bus Mon/Wed/Fri, 2.5 h each way on a partly unsealed road
since her first session. She says the sash of the seatbelt "saws" across her left breast
on the corrugations and she gets to dialysis sore; has started tucking a folded hand towel
under it.
Finances: Centrelink disability pension; PTAS travel subsidy form lodged today.
Mood: tearful about leaving the dogs; K10 score 24.
Plan: follow PTAS; ask community transport if a sheepskin seatbelt cover can be fitted;
look into accommodation in town on HD days; GP mental health plan.
R. Sutherland, Social Worker
"""),
("2023-07-12", "Renal Registrar Admission", """
ADMISSION - Renal Ward, Mulga Flats Base Hospital      12/7/23
PC: L breast - painful, black.
HPC: noticed about six weeks ago as purple lacy skin on the upper outer L breast, now a
black crust, 10/10 pain, worse on the bus.
PMH: ESRD 2' diabetic nephropathy, HD MWF; T2DM on NovoMix 30 BD; HTN; obesity.
O/E: T 37.2, BP 150/82. Upper outer quadrant L breast: 7x4cm stellate ulcer, black
eschar, retiform purpura + induration surrounding. Other breast NAD; axillae - no nodes felt.
Bloods: Ca 2.52, PO4 2.5, PTH 121, CRP 40.
Mammogram: extensive arterial calcification, no mass.
Wt 112kg BMI 41.0.
Imp: probable calciphylaxis, L breast.
Plan: bx via breast surgeons, STS 25 g post HD, analgesia, wound care.
Dr K. Adeyemi, Renal Reg
"""),
("2023-07-20", "Breast Surgery Consult", """
BREAST SURGERY      20.07.23
Seen on the renal ward with histology of the incisional biopsy taken 14/07/23: calcific
uraemic arteriolopathy (calciphylaxis) confirmed; no malignancy; margins not relevant.
Wound L breast 7.5 x 4 cm, dry eschar, no spreading erythema, no sepsis.
Not for mastectomy or surgical debridement at present - likely to heal poorly.
Plan: conservative wound care with the renal team and wound CNC; STS continuing on HD days;
pain team input appreciated; I will review in 2/52, sooner if the wound becomes wet or
she becomes febrile.
BMI 40.6 today.
Ms F. Delacroix, Breast and Endocrine Surgeon
"""),
]}

B07 = {"patient_id": "B07", "age": 62, "sex": "M", "notes": [
("2024-03-15", "Cardiothoracic Discharge Summary", """
DISCHARGE SUMMARY - Cardiothoracic Surgery, St Brigid's Hospital
Admitted 04/03/2024, discharged 15/03/2024.
62M, ESRD on HD (reflux nephropathy).
Procedure 07/03/2024: CABG x3 - LIMA to LAD, vein grafts to OM and PDA - via median sternotomy; open
long saphenous vein harvest from the L calf (medial, knee to ankle).
Post-op: AF day 2 - amiodarone, reverted. CVVHDF days 1-2, back to intermittent HD day 3.
VTE ppx in hospital: enoxaparin 20mg SC daily, given in the abdominal wall.
Wounds at discharge: sternum clean and dry; L calf harvest wound healing, a few clips left.
Not diabetic. Not on warfarin (AF reverted; anticoagulation to be reviewed).
Wt 71 kg, BMI 23.9.
Follow-up: clips out at HD on day 10; cardiac rehab; CT surgeon clinic in 6/52.
"""),
("2024-06-04", "Renal Registrar Clinic", """
RENAL CLINIC      4/6/24
62M on HD MWF. Painful black stripe on the L calf since 28/5/24. No fall or knock.
O/E: along the medial L calf, following the healed vein-harvest scar, a 9x2cm band of
retiform purpura, two dry eschars within; very tender. R leg normal. Sternotomy scar clean.
Pulses: DP/PT palpable L.
Bloods: Ca 2.66, PO4 2.4, PTH 133, Alb 32.
Imp: ?calciphylaxis along the vein harvest scar. ddx wound ischaemia.
Plan: derm for bx; arterial duplex L leg; cease calcitriol, start cinacalcet; discuss STS
with consultant.
Dr L. Papadakis, Renal Reg
"""),
("2024-06-13", "Dermatology Consult", """
DERMATOLOGY CONSULT      13 June 2024
Incisional bx 05/06/24 L medial calf: small arterioles with medial calcium and
thrombus, plus a septal panniculitis - calciphylaxis.
Duplex: no significant arterial disease in the L leg.
Opinion: the disease has come up along the L calf incision from his saphenous harvest on
7 March, about 12 weeks before the onset on 28 May. I regard the surgical wound as the
trigger for the site (Koebner).
Plan: IV STS with HD; keep the eschars dry (betadine + foam); no debridement; avoid
compression on that calf; review 3/52.
BMI 23.6. Not diabetic, no warfarin.
Dr Oluwaseun Bright, Dermatology
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
