"""probe120 corpus notes, D08-D14 (wound, ostomy and continence nursing; all invented)."""

D08 = {"patient_id": "D08", "age": 61, "sex": "F", "notes": [
("2020-05-19", "WOC Nurse Consult", """
WOC RN consult - pannus wounds
61F. ESRD, dialyzes in-center on a MWF schedule. T2DM - NPH 40 units twice daily + regular insulin. BMI 44.6 (class III). Ventral/umbilical hernia managed w/ an elastic hernia belt worn snug across the lower abd all day since March 2020 ("surgeon wont fix it till I lose weight"). Puts all her insulin into the pannus - "only place theres enough fat" - both sides, no real rotation; been doing it like that since June 2019.
Wounds:
#1 R lower abd/pannus, 2 cm above the fold: 6.2x4.8cm necrotic eschar, violaceous rim. Onset 4/20 per pt.
#2 L lower abd/pannus: 3.0x2.4cm purpuric indurated plaque, dusky center - started on Mother's Day.
Both sit beneath where the belt's bottom edge rides AND in her injection zone.
Pannus fold: mild intertrigo (ITD), no satellite papules.
Impression: r/o calciphylaxis.
Plan: bx by derm; belt off; insulin to upper arms while dx pending; InterDry to the fold.
"""),
("2020-05-22", "Dermatology Consult", """
Derm consult
Bx taken 5/20 from edge of R lower abd wound: small vessel calcification w/ thrombosis -> calciphylaxis confirmed. L lower abd plaque clinically the same process - calciphylaxis too; not biopsied.
Both plaques lie where years of insulin needling and the hernia belt's bottom edge overlap.
Phos 8.2, PTH 955. Never on warfarin.
Plan: STS, binder adjustment per renal, pain regimen, WOC for dressings.
"""),
("2020-06-09", "WOC Nurse Follow-up", """
WOC f/u
#1 R lower abd: 6.6x5.0cm, eschar 80%, slough 20%, mod serous. Periwound: purple induration, some maceration along the fold.
#2 L lower abd: 3.4x2.6cm, eschar formed, dry.
Belt not worn since consult. Insulin going in the arms now.
Tx: Aquacel Ag to #1, foam border to #2, InterDry in fold. Chg q2d.
Wt down 2 kg, BMI 44.1.
"""),
]}

D09 = {"patient_id": "D09", "age": 70, "sex": "M", "notes": [
("2019-01-15", "WOC Nurse Consult", """
WOC consult - L leg wound
70M. Renal failure (ESRD) - in-center HD 3x/wk. T2DM, on linagliptin. HTN. No anticoagulants.
Gets nighttime cramping of the R calf, so he wraps his plug-in heating pad around that calf every night since Thanksgiving. States the left calf "never cramps" and the pad has never been on that side.
Wound: L medial calf, 8 cm above the malleolus: 3.4x2.7cm ulcer, black eschar 70%, yellow 30%, scant drainage. 2 cm violaceous firm border with livedo.
R calf: skin intact, faint reticulated erythema from heat, no ulcer, no purpura, no induration.
DP/PT dopplerable bilat, monophasic.
BMI 28.4.
A: L calf necrotic ulcer ?calciphylaxis vs arterial.
P: ABI/TBI, derm consult. Stop the heating pad on the R too (burn risk).
"""),
("2019-01-22", "Dermatology Consult", """
Derm
70M, HD, L medial calf ulcer onset early Dec per pt.
Exam: as WOC describes; retiform purpuric edge. R leg: mild mottled erythema, no lesion.
Punch bx of L calf ulcer margin 1/18: vascular calcification + thrombosis in the subcutis, von Kossa +. Dx calciphylaxis.
TBI L 0.52 - not severe PAD.
Plan: STS, renal, WOC for wound care.
"""),
("2019-02-12", "WOC Nurse Follow-up", """
WOC f/u - calciphylaxis L calf
3.6x2.9cm, 60% eschar, 40% slough, sm serous. Periwound less violaceous.
Heating pad put away per wife.
Endo started glargine 10u qHS last wk (A1c 9.4).
Tx: cleanse NS, Santyl to slough, foam border, chg daily.
BMI 28.1.
"""),
]}

D10 = {"patient_id": "D10", "age": 68, "sex": "F", "notes": [
("2018-06-12", "WOC Nurse Consult", """
WOC - inpatient, 4 North
Consult for "sacral wound". 68F; ESRD (HD); atrial fib - warfarin; obese, BMI 33.0; not diabetic.
Per pt the L buttock sore has been there since 5/29, began as a hard painful purple lump. Denies falls, injections into hip or buttock, heat or cold packs, sitting on anything hard. Walking at home, not bedbound before admit.
L upper outer gluteal area (not over bony prominence, not sacrum): 5x4cm indurated plaque w/ central 2x1.5cm black eschar, retiform violaceous border. 9/10 pain.
Sacrum/coccyx: intact, blanchable. Braden 16.
A: this is NOT pressure-related - location + appearance point to possible calciphylaxis.
P: derm bx, low-air-loss bed, q2h turns keeping off L side.
"""),
("2018-06-15", "Dermatology Consult", """
Dermatology
L buttock necrotic plaque, HD pt on warfarin.
Bx 6/13 (deep punch, plaque edge): calcification + thrombosis of small subcutaneous vessels, panniculus necrosis. Dx calciphylaxis.
Plan: STS, d/c warfarin if cardiology agrees, avoid trauma to skin.
"""),
("2018-06-26", "Skin Integrity Event Report", """
Skin event report
6/20 approx 0300: pt slid out of bed attempting a solo trip to the toilet, landed on her L side on the floor, striking the L buttock. No head strike. MD evaluated.
Post-fall skin check: new 6 cm ecchymosis L hip; known calciphylaxis ulcer L buttock with edge disrupted, fresh bleeding at 3 o'clock, now 5.6x4.3cm.
Fall precautions: bed alarm on, non-skid socks, hourly rounding.
Warfarin held 6/20-6/22 (INR 3.6) then restarted per cardiology.
"""),
]}

D11 = {"patient_id": "D11", "age": 58, "sex": "M", "notes": [
("2023-10-03", "WOC Nurse Consult", """
WOC consult, outpt
58M ESRD HD TTS. No DM. DVT 2016 - warfarin about 1 yr, off since 2017. BMI 31.5.
R medial thigh, upper third: painful necrotic lesion, onset mid-September. Wife started warm washcloth compresses on it roughly a wk after it appeared "to draw it out". Before it appeared: no injury, injections, heat or pressure at that spot per pt.
Wound 4.1x3.2cm; eschar 80%, slough 20%; periwound violaceous, netlike; mild maceration from wet compresses.
P: stop compresses. Derm for bx. Dry protective dressing.
"""),
("2023-10-10", "Dermatology Procedure Note", """
Derm procedure
Dx: necrotic plaque R medial thigh.
6 mm punch bx x1 at inferior margin after lidocaine. Hemostasis w/ AlCl, 1 suture.
Addendum (path): arteriolar medial calcification with luminal thrombi, fat necrosis -> calciphylaxis.
"""),
("2023-10-24", "Wound Clinic Procedure Note", """
Wound clinic - sharp debridement
R medial thigh calciphylaxis wound, consent signed. Conservative sharp debridement of nonviable yellow slough w/ curette to bleeding edges, eschar left where adherent. Pre-debridement 4.5x3.4x0.3cm, post 4.5x3.4x0.5cm.
NPWT applied 125 mmHg continuous, black foam, drape over skin prep.
Pt tolerated w/ premedication.
"""),
("2023-10-31", "WOC Nurse Follow-up", """
WOC f/u
R medial thigh: 4.3x3.2x0.4cm, 40% red granulation, 60% slough. Periwound: epidermal stripping 1 cm band under drape edge (MARSI) - new since NPWT.
Changed to silicone-backed drape + hydrocolloid picture frame.
BMI 32.8 (gained fluid).
Next NPWT change Fri.
"""),
]}

D12 = {"patient_id": "D12", "age": 52, "sex": "F", "notes": [
("2025-03-04", "WOC Nurse Consult", """
WOC inpt consult, 5 South
52F, ESRD (HD Mondays, Wednesdays, Fridays). T2 diabetes, diet only, has never needed insulin or pills. Not on warfarin.
R anterior thigh lesion came up two weeks ago. Pt adamant: no shots into legs ever, never put a heat pad or ice on it, hasn't had a fall, no bumps, no tight clothes/belts.
R anterior thigh: 3.8x3.0cm purpuric stellate plaque with a 1.2 cm necrotic center. Periwound livedo, very tender.
L thigh: clear.
BMI 25.0
P: derm bx. Hospitalist planning SC heparin for DVT ppx - recommend abdomen only, NOT thighs. Foam dressing q3d.
"""),
("2025-03-07", "Dermatology Consult", """
Derm
R anterior thigh necrotic plaque.
Punch bx 3/5: calciphylaxis (calcified subq arterioles, thrombi, von Kossa pos).
Discussed excisional debridement - plan for OR next week if pain allows.
Reviewed: no local trauma reported or seen.
"""),
("2025-03-25", "WOC Nurse Follow-up", """
WOC f/u (outpt)
Calciphylaxis R thigh: 4.0x3.1cm, stable eschar. OR debridement postponed by surgery - wound stable, no infection.
Heparin was given in the abdomen during admit; abd skin checked - intact, no lesions.
Still diet controlled, no insulin.
BMI 25.0.
"""),
]}

D13 = {"patient_id": "D13", "age": 80, "sex": "M", "notes": [
("2019-09-10", "LTACH WOC Assessment", """
LTACH - WOC skin rounds
80M, ESRD on HD, DM2 (oral agent only), AF on warfarin. BMI 22.3.
1) Bilat anterior thighs: multiple violaceous retiform plaques, largest L 5x3cm w/ black eschar, R 3x2cm. Onset last week per son, no injury/shots/heat to thighs that anyone knows of.
2) R heel: category 2 PI, 1.5x1.0cm, shallow pink, device-related from offloading boot strap.
3) L forearm: ISTAP type 2 skin tear (flap partly lost), 3x2cm, from bumping the w/c armrest on 9/8.
Plan: derm for thigh bx; heel - new boot, foam; skin tear - Mepitel + gauze, sleeves.
"""),
("2019-09-13", "Dermatology Consult", """
Derm LTACH consult
Bx L anterior thigh plaque 9/11: calciphylaxis.
Heel wound and forearm skin tear examined - these are a routine pressure injury and an ordinary skin tear - not calciphylaxis; neither shows retiform purpura or necrosis, edges healing.
Plan: STS w/ HD; hold warfarin, cardiology to weigh apixaban.
"""),
("2019-10-01", "WOC Nurse Follow-up", """
WOC rounds
Thigh calciphylaxis: L 5.2x3.1cm eschar, R 3.0x2.2cm eschar; painful.
R heel PI healed -> closed.
L forearm skin tear: flap adherent, 90% epithelialized.
Warfarin still held.
BMI 22.3.
"""),
]}

D14 = {"patient_id": "D14", "age": 64, "sex": "F", "notes": [
("2024-04-09", "WOC Nurse Consult", """
WOC outpt consult
64F. ESRD, chair time Tu/Th/Sat. Insulin-treated T2DM (she injects belly + backs of arms). Morbidly obese, BMI 41.0. Never anticoagulated.
Both shins: exquisitely painful dark ulcers since around Easter. Denies bumping her legs, falls, heat/cold, compression garments.
L shin: 4.2x3.0cm eschar; R shin: 2.8x2.5cm eschar + retiform purpura. Edema 1+.
Abd + arms at injection sites: intact, mild lipohypertrophy, no discoloration.
P: derm/renal; foam border; elevate.
"""),
("2024-04-16", "Nephrology Progress Note", """
Nephrology
Bilat lower leg ulcers, bx R shin 4/12: calciphylaxis.
Counseled pt + husband at length: avoid heating pads, ice packs, compression stockings, any bumps to the shins; no injections should ever go into the thighs or legs; call promptly about any new tender spot.
Plan: thiosulfate 25 g at each session, stop calcitriol.
"""),
("2024-05-07", "WOC Nurse Follow-up", """
WOC f/u
L shin 4.5x3.2cm; R shin 3.0x2.6cm. Both eschar, dry.
Compression wraps for edema discussed but will NOT be applied (calciphylaxis).
Insulin sites unchanged.
BMI 41.0.
"""),
]}

PATIENTS = [D08, D09, D10, D11, D12, D13, D14]
