"""probe227 corpus notes, E01-E07 (laser, electrolysis and minor procedures clinic, and the
nephrology, dermatology and wound notes around it; all people, places and wording invented)."""

E01 = {"patient_id": "E01", "age": 58, "sex": "F", "notes": [
("2022-03-03", "Minor Procedure Note - Sclerotherapy", """
WILLOWBANK LASER & MINOR PROCEDURES -- PROCEDURE NOTE
Proc: sclerotherapy, L lateral thigh telangiectasias / reticular veins
DOS 03/03/2022   Clinician: T. Okonkwo-Reyes PA-C

Hx: 58F wants the "purple spider web" on her L outer thigh gone, aches when she stands
at work. Cleared by her nephrologist (Dr Faraday) by letter 2/14. PMH: kidney failure
(ESRD), dialyzes in-centre Tues-Thurs-Sat (R brachial AVF); T2DM -- glargine 22u nightly,
lispro by sliding scale with meals; HTN; OSA on CPAP. No anticoag.
Vitals: BP 151/83  P 78  T 36.6  Wt 88.9kg / BMI 33.1

Consent signed, photos x3. Polidocanol 0.5% foam via 30g needle -- 9 injections into
spider & reticular veins of the L lateral thigh, 4.0 mL total. Blanching seen along each
treated vessel, no extravasation. Gauze held 5 min.
Offered 20-30 mmHg thigh-highs -> pt declined ("never get them past my knees"),
told to walk briskly every day instead.
Tol well. F/u 6 wks to reassess, 2nd session prn.
"""),
("2022-04-12", "Dermatology Consult", """
DERMATOLOGY CONSULT   4/12/22
Ref: Willowbank procedures clinic
CC: "my thigh is on fire"

HPI: 58yo lady, dialysis-dependent, insulin-requiring DM2. Exquisitely painful L lateral
thigh patch: she first saw it 2 weeks ago -- a plum-coloured blotch -- since then it has
blackened centrally. She had
sclerotherapy to that same thigh on 3/3/22 and the plaque sits squarely over the injection
sites -- she showed me three of the needle marks inside its border. Denies fever, falls,
heat or ice.
Exam: BMI 33.1. L lat thigh: 7x5cm retiform purpura, adherent central eschar 2.5cm,
stellate edges, woody induration beyond the visible margin. Abd, R thigh, calves clear.
Labs (HD 4/9): Ca9.9  PO4 6.8  iPTH744  Alb3.3.
A/P: Suspect calciphylaxis at her sclerotherapy injection sites; ddx post-sclerotherapy
necrosis from extravasation, vasculitis.
- 6mm punch at the edge + incisional wedge today, H&E + von Kossa
- gabapentin 100mg after each run; told her: no ice packs, no heat on it
- will update Dr Faraday
"""),
("2022-04-20", "HD Rounding Note", """
HD ROUNDS -- chairside   04/20/2022
Northgate Dialysis, chair 14. TTS, R AVF, 4h runs, bath 2K/2.5Ca.
Pre: BP 162/88, HR 82, wt 87.6 (EDW 86.5) -> BMI 32.8

Path from derm (4/12): subcut arterioles w/ mural Ca++ deposits (VK stain +),
intima thickened, necrotic fat lobules, c/w calciphylaxis. Told pt today: the L lateral
thigh plaque, which started at her vein-injection spots, is calciphylaxis.
Plan:
 - STS 25g in the returning line, last 60 min of each tx
 - calcium acetate stopped; binder now sevelamer 1600 x3/day with food; cinacalcet 30mg qd
 - dialysate Ca down to 2.0, extend runs to 4.5 h
 - insulin unchanged (glargine 22u); HbA1c 7.4
 - has never taken warfarin
 - wound clinic referral for Friday
"""),
]}

E02 = {"patient_id": "E02", "age": 49, "sex": "F", "notes": [
("2023-04-11", "Laser Hair Removal Treatment Record", """
LASER HAIR REMOVAL -- TREATMENT RECORD
Lumen & Leaf Laser Studio (Westbrook) | 11-Apr-2023
Client: 49 F   Fitzpatrick III   Hair: dark, coarse
Area: bikini line + upper inner thighs bilat
Tx #4 of 6 (series started January 2023; tx 1-3 done at our Eastgate site)
Device: 810 nm diode, contact-cooled sapphire tip, 12 mm spot, 28 J/cm2, 30 ms
Passes: 2 | Cooling: tip at 5C, then cold gel packs 10 min post
Immediate response: perifollicular erythema/edema = expected endpoint. No blanching, no
blisters, no grey discolouration.
Health update: PD at home every night (kidney failure), AF, takes warfarin (INR last
week 2.6); says she is "not diabetic". No new meds, no photosensitizers.
BP 128/76, HR 88 irreg.
Aftercare sheet given: SPF, no hot tub x48h, aloe. Next tx ~6 wks (late May).
Tech: R. Vanterpool, LHR-cert. Supervising: Dr Ilse Marchetti
"""),
("2023-05-09", "Dermatology Clinic Note", """
Derm clinic -- new pt      09 May 2023
49F w/ ESRD on nightly cycler PD, paroxysmal AF (warfarin). BMI 36.2.
HPI: tender dark spot on the R inner thigh first noticed 2 wks ago, enlarging; pain 9/10
with walking, wakes her at night. Tried OTC hydrocortisone, no help. Afebrile at home.
Exam: T 37.0, BP 134/80. R medial thigh, upper third: 4x3.5cm firm violet plaque;
margin netlike/retiform; 1 cm central black eschar. Very TTP. L thigh,
abdomen, buttocks clear. PD exit site clean.
Labs 5/2: Ca10.1  Phos6.2  PTH520  Alb3.4  INR2.8
Imp: r/o calciphylaxis. Other considerations: warfarin-related necrosis, abscess/cellulitis.
Plan: 5 mm punch at the rim + deeper incisional piece for von Kossa. Cx sent. Will
call PD nurse Mireille with results. Hold any further treatments to the thighs for now.
"""),
("2023-05-23", "Nephrology PD Clinic", """
PD CLINIC   5/23/2023
Cycler: 5 x 2.2L each night, last fill 1.5L. Kt/V 1.8 (April).
Derm bx 5/9 (R medial thigh): small fat vessels thrombosed and calcified, von Kossa
stain positive -> calciphylaxis. Cx no growth.
Vitals: BP 126/78, wt 98.0 kg, BMI 35.9. Not diabetic (A1c 5.2).
Labs: Ca9.9  Phos6.0  PTH505  Alb3.4  K3.9
Plan:
 1. Na thiosulphate 25gm infused TIW in the suite (M/W/F)
 2. warfarin discontinued today; cardiology agrees with apixaban 2.5mg bid
 3. calcium carbonate off; sevelamer; 1.25 Ca PD fluid
 4. wound RN visit weekly; pain plan w/ palliative
"""),
]}

E03 = {"patient_id": "E03", "age": 66, "sex": "M", "notes": [
("2020-10-02", "Cryotherapy Procedure Note", """
Cryotherapy procedure note     10/02/2020
Willowbank Laser & Minor Procedures, room 3
66M here to get rid of "itchy crusty spots" on his belly; wife says they look "stuck on".
Exam: 5 stuck-on waxy tan-brown papules 6-11 mm: R lower abdomen below the umbilicus (4),
R upper abdomen (1). Clinically SKs; dermoscopy: milia-type cysts and pseudo-comedones.
PMH: renal failure on haemodialysis (L arm fistula, Mon-Wed-Fri); T2DM controlled
with diet (HbA1c 6.6); HTN; AF s/p ablation 2019,
warfarin stopped after that. BMI 30.0 (94.1 kg / 177 cm).
Procedure: verbal consent. Liquid nitrogen by cryospray, open-spray technique, 2
freeze-thaw cycles of about 10 s with a 1-2 mm halo, x5 lesions. No distress.
Aftercare: a blister is expected; petroleum jelly, leave it alone, come back if not
healed in 3-4 wks.
VS 138/74, pulse 70, sat 98% RA
"""),
("2020-10-20", "Telephone Encounter", """
Phone note -- RN triage   20 Oct 2020
Pt called about the belly spots we froze 10/2. Says 2 of the blisters on the R lower belly
"went black" and the skin around them is purple, hard and "hurts worse than the freezing
did", since mid-October. Can't sleep from pain. Denies fevers/chills or pus. The other 3
spots crusted over and are healing per pt.
Reviewed with Dr Marchetti: not the usual course after cryo, and he is on dialysis -- he should
get a derm visit within the week, not a routine f/u. Appt made 10/27 09:40 w/ Dr Achterberg.
Advised gentle soap-and-water cleansing, no ice pack, no heating
pad, and a call to the dialysis team for any fever. Pt verbalized understanding.   -- K. Strand RN
"""),
("2020-10-27", "Dermatology Consult", """
DERMATOLOGY -- consult   10/27/20
Reason: nonhealing cryo sites in a HD pt
66M, MWF HD, diet-controlled DM, BMI 30.0. LN2 to 5 SKs of the abdomen on 10/2/20 at
Willowbank. Since mid-October two of the R lower abdominal freeze sites have become
painful necrotic areas.
O: R lower abdomen, 3cm inferior and 4cm R-lateral to the navel: two 2.5 cm black
eschars, each in a 6-7 cm violaceous retiform plaque, firm, stellate border. The plaques
sit precisely on the spots treated with liquid nitrogen. Remaining cryo sites: thin crusts,
healing normally.
Labs (dialysis 10/23): Ca9.4  Phos7.9  PTH1130  Alb3.0.
A: calciphylaxis arising at cryotherapy sites favored; ddx cryo necrosis with infection.
Deep incisional specimen from the margin today, von Kossa requested.
P: results to nephrology; no further cryo for him; analgesia per HD team.
"""),
("2020-11-17", "Wound Care Clinic", """
WOUND CARE CLINIC   11/17/2020
Dx: R lower abd wall calciphylaxis (bx 10/27; path 10/29: medial calcific
arteriolopathy with thrombi, von Kossa +). On STS with HD since 11/2.
Wound 1, R lower abd (superomedial): 3.1x2.4x0.3cm; black eschar throughout, dry
Wound 2, R lower abd (inferolateral): 2.8x2.6x0.2cm; mostly eschar, a rim of slough
Periwound: violaceous induration, no fluctuance, no odour. Pain 7/10.
Tx: eschar is stable and dry, so not disturbed. Betadine painted on, covered with dry
gauze; his wife redoes it every day.
No sharp debridement today.
Wt 94.0 kg, BMI 30.0. Warfarin: none since the 2019 ablation. Diet-only DM.
Back in a fortnight; earlier for fever or new drainage.
"""),
]}

E04 = {"patient_id": "E04", "age": 61, "sex": "F", "notes": [
("2024-06-14", "Minor Procedure Note - Skin Tag Removal", """
Minor Procedure Note -- 14-Jun-2024
Procedure: snip excision of acrochordons
Sites: L inguinal crease x7, R side of neck x3
61 F, tags itch, look unsightly, one bled last month. PMH: ESRD, HD
TTS at Ridgeway Kidney Ctr; DM2 on insulin degludec + aspart; obesity class 3, BMI 41.0;
HTN. Meds reviewed; no blood thinners (no warfarin, no DOAC).
Anesthesia: EMLA cream 45 min, no injected anesthetic.
Technique: each tag grasped w/ forceps and snipped at the base with sterile curved iris
scissors, stalks 1-4 mm. Hemostasis w/ aluminum chloride 20%. EBL minimal.
Specimens discarded (benign appearing).
Aftercare: vaseline bid x1 wk, loose cotton underwear. RTC prn.
BP 146/90, HR 76, T 36.8C
"""),
("2024-07-08", "Dermatology Clinic Note", """
Derm Clinic    07/08/2024
S: 61F on HD, insulin-treated DM, BMI 41. Painful sore in the L groin crease; it started
10 days ago; pt describes a tender reddish-purple patch to begin with, now dark centrally. Hurts walking and sitting,
8/10. Some yellow drainage on her pad. Afebrile.
O: T 37.2, BP 150/88. L groin crease: 5x3cm firm plum-coloured plaque; 1.5cm black eschar mid-plaque;
purpuric retiform edging. R neck: small healed snip sites, nothing active. No
inguinal nodes. Legs and abdomen without lesions.
Labs: Ca10.4  phos7.2  PTH688  albumin2.9  A1c8.1
A/P: ? calciphylaxis; other possibilities intertrigo with superinfection, hidradenitis.
 - 4mm punch today at the plaque edge -> H&E/VK, plus a tissue culture
 - doxycycline until cx back
 - RTC 1 wk / phone call with path
"""),
("2024-07-30", "Wound Care Clinic", """
Wound clinic f/u -- 30 July 2024
Dx per derm bx (7/8): calciphylaxis, L groin. Cx: skin flora only, doxy stopped. STS
started with HD 7/15; cinacalcet titrated up.
Wound, L inguinal crease: 4.6x2.9x0.4cm; base eschar 60 / slough 40; exudate mod, serous,
no tunnelling. Periwound violaceous, indurated.
Curette used to lift loose slough (selective debridement); ok with topical lidocaine first.
Dressing: Ca-alginate under a bordered foam, every 2nd day.
Moisture: wicking textile tucked in the fold.
Glucose: insulin per PCP. BMI 40.7.
Next visit 2 wks.
"""),
]}

E05 = {"patient_id": "E05", "age": 57, "sex": "M", "notes": [
("2025-02-18", "Laser Tattoo Removal Consult", """
LASER TATTOO REMOVAL -- CONSULT    02/18/2025
Lumen & Leaf Laser Studio
57 M wants a black-ink tribal tattoo taken off the R forearm (volar, 14 x 6 cm, amateur).
Health screen: mech. mitral valve (2016), on warfarin managed by the Coumadin clinic; CKD 3a, no
dialysis; no diabetes; morbid obesity, BMI 44.7; ventral hernia, wears an elastic binder.
On the skin check before a test spot I found a tender dusky purple patch ~5 cm on his L
lower abdomen, exactly where the bottom edge of his hernia binder sits. He dates it to New
Year's Day; darkening since. Outside our scope; derm eval before any
laser.
Test spot NOT done. Consult only, fee waived.
Referral to Dr Achterberg (derm) placed, photo uploaded.
BP 158/92, HR 72
"""),
("2025-02-25", "Dermatology Consult", """
Derm consult 2/25/25
57M, mechanical MVR on warfarin, CKD G3a (eGFR 52), never dialyzed, BMI 44.7, ventral
hernia. Tight elastic binder around the belly daily since last summer.
HPI: L lower abdominal plaque since New Year's, painful, enlarging.
Exam: L lower abdomen / pannus: 9x4cm band of indurated purpura with a retiform pattern,
2 small (1cm) stellate eschars; the band follows the binder's bottom hem to the cm.
Binder off for the exam: deep red grooves where the elastic sits.
Labs: Ca9.3  Phos4.1  PTH88  Alb3.6  INR3.1  protein C/S pending.
A: non-uremic calciphylaxis suspected (warfarin, obesity), at the pressure line of the
binder; ddx necrosis from warfarin.
P: wedge bx (deep) today. Stop the binder; surgery to advise on hernia options.
"""),
("2025-03-11", "Dermatology Follow-up", """
Derm f/u   11-Mar-2025
Path (2/25): subcut vessels: calcium in the walls (VK +), occlusive
thrombi; septal panniculitis -> non-uremic calciphylaxis,
confirmed. Protein C/S normal, warfarin necrosis less likely.
Plaque L lower abdomen: a bit larger, 10 x 4.5 cm, eschars dry. Binder off x 2 wks.
Spoke with cardiology: the valve needs anticoagulation, so warfarin continues for now;
revisit. Thiosulphate infusions begun (25gm thrice weekly) in the infusion centre.
Obesity: bariatric referral made. BMI 44.5. HbA1c 5.4 -- no diabetes.
Pain: acetaminophen scheduled, tramadol prn.
"""),
]}

E06 = {"patient_id": "E06", "age": 70, "sex": "F", "notes": [
("2025-11-18", "Electrolysis Treatment Record", """
ELECTROLYSIS TREATMENT RECORD    11/18/2025
Willowbank Laser & Minor Procedures -- Electrology, rm 2
70 F, chin/upper lip hirsutism, session 9. Blend method (galvanic + thermolysis), F2
insulated probe, 45 min, ~160 follicles on the chin.
Incident: climbing onto the treatment table, pt's L shin caught the edge of the metal step
stool. Superficial abrasion, L anterior shin, 2x1cm, oozing; no laceration, she did not
fall. Cleansed with saline, bacitracin, nonadherent pad. Incident report filed (#25-114).
Asked her to keep an eye on it and tell her kidney team; she dialyzes MWF.
Hx: ESRD/HD; T2DM, glargine qhs; no anticoagulant. BMI 27.5.
BP 132/70 HR 80.
Post-electrolysis: mild erythema of the chin, aloe gel. Next session 3 wks.
"""),
("2025-12-09", "Wound Care Clinic - New", """
Wound Care -- new    12/09/25
70F HD pt sent by her nephrologist for a L shin wound.
HPI: On 11/18 at the laser clinic she scraped the L shin on a metal step stool. It seemed to
be mending until the day after Thanksgiving, when it got very painful and a purple rim
spread around it; the centre is now black. Pain 9/10, nights worse.
Exam: L anterior mid-shin: 3.8x3.0cm eschar inside an 8 cm retiform violaceous plaque,
indurated, exquisitely tender -- centred on the abrasion from the step stool.
DP/PT palpable. ABIs 1.05 (R), 1.10 (L).
Imp: concern for calciphylaxis where the minor injury was, vs nonhealing traumatic
ulcer.
Plan: punch bx x2 at the margin; hydrogel + ABD pad, change daily; back to nephrology
this wk.
"""),
("2025-12-16", "Nephrology Clinic", """
Nephrology clinic -- 16 Dec 2025
Bx (wound clinic 12/9): calcified subcutaneous arterioles, luminal thrombus, fatty necrosis;
von Kossa + -> calciphylaxis, L anterior shin, which began where she scraped it 11/18.
HD MWF (Lakeshore unit). Pre-HD labs 12/12: Ca9.6  P6.9  PTH801  Alb3.2  Hgb10.3
Plan: thiosulfate 25gm w/ every HD; switch calcium carbonate to lanthanum; cinacalcet 60.
DM2: glargine 14u, A1c 7.0. Not anticoagulated. BMI 27.5.
Wound clinic weekly. Electrolysis on hold until healed.
Pain: oxycodone 5mg before dressing changes; gabapentin 100 after runs.
Seen with Dr Oyelaran (fellow). -- R. Faraday MD
"""),
]}

E07 = {"patient_id": "E07", "age": 63, "sex": "M", "notes": [
("2024-07-22", "Tattoo Removal Session", """
Lumen & Leaf Laser Studio -- Tattoo Removal Session
Date: 7/22/2024     Session 2
Client 63M. Tattoo: R lateral calf, multicolour (black/red), 10 x 8 cm.
Device: picosecond 1064/532 nm, 4 mm spot, 2 Hz. Fluence 1.8 J/cm2 (1064). Single pass.
Endpoint: whitening (frosting), a few pinpoint bleeds. Cold-air chiller throughout.
Aftercare: petrolatum + nonstick dressing 3 days, keep out of sun.
Health update (intake form): home PD (CAPD, 4 manual bags/day). T2DM on insulin -- he
switched his shots to the back of both arms this past spring ("my belly got too
sore"). No warfarin.
Wt 101 kg, BMI 31.8. BP 136/84.
Next session in 8 wks.
"""),
("2024-09-10", "Dermatology Consult", """
Dermatology consult     9/10/2024
63M on CAPD, insulin-treated DM, BMI 31.8.
CC: "lump hurts, L arm, back side".
HPI: since August: ache in the L upper arm, posteriorly, which hardened into a purple
patch and then broke open last week. Pain 8/10; sleeping on his L side impossible.
Afebrile.
O: L posterior upper arm, mid: 6 x 5 cm indurated livedoid plaque with a central 2 cm
stellate ulcer and black eschar. R posterior upper arm: scattered lipohypertrophy, no
purpura. R calf tattoo: faded, intact.
Labs 9/3: Ca9.7  Phos6.5  PTH612  Alb3.1  bicarb23
A/P: calciphylaxis -- high suspicion. Incisional bx today. PD team notified.
"""),
("2024-09-24", "PD Clinic", """
PD clinic -- monthly    24-Sep-2024
CAPD 4 bags x 2L (1.5 and 2.5% dextrose); Kt/V (wk) 1.9
New: derm bx 9/10 of the L posterior arm lesion = calciphylaxis (medial calcification,
microthrombi, von Kossa +).
Vitals: BP 140/82, wt 99.7 kg, BMI 31.4. Edema 1+.
Labs: Ca9.5  Phos6.8  PTH640  K4.4  Alb3.0
Plan:
- IV STS 25 g TIW at infusion center; low-Ca (1.25) PD solution
- stop calcium carbonate; sevelamer 2400 TID
- insulin: teach rotation to thighs/abdomen, avoid the L arm
- no anticoagulants
- tattoo laser on hold
"""),
]}

PATIENTS = [E01, E02, E03, E04, E05, E06, E07]
