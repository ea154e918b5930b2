"""probe46 corpus notes, G01-G07 (general hospital wound and skin records; all invented)."""

G01 = {"patient_id": "G01", "age": 59, "sex": "F", "notes": [
("2019-11-22", "WOC Nurse Consult", """
WOUND/OSTOMY/CONTINENCE NURSING - INITIAL CONSULT
Unit: 6 North, bed 14. Reason: RN reports new dark area on belly + sacral breakdown.
Background per chart: 59F admitted 11/04/2019 w/ RLL pneumonia. ESKD - dialyzes Tues-Thurs-Sat in-center through a L forearm fistula. No diabetes. BMI 41.3 (class III obesity). Enoxaparin 30 mg subq daily started on admission day for VTE ppx; MAR and pt both say every dose has gone in the L lower abd wall ("they always use this side, the right is where my gallbladder scar is").
Assessment:
#1 Sacrum/coccyx - Stg II PI, approx 1.5cm by 1cm, pink partial-thickness, slough absent. Braden 14.
#2 L lower quadrant abdomen - 6 x 4 cm retiform violaceous plaque w/ central blackened eschar ~2cm, exquisitely tender. Day RN first noted it on 11/20 at the site of the heparin-type shots. Not typical of pressure; not over a bony prominence.
Plan: offload sacrum q2h turns, foam border dressing. #2 left open to air pending derm, primary team paged re: holding enoxaparin, requests derm consult.
-- M. Tavares RN CWOCN
"""),
("2019-11-25", "Dermatology Inpatient Consult", """
DERM CONSULT
Consulting svc: Hosp Med (Dr. Ruiz). Q: painful necrotic plaque L abdomen.
HPI: Pt on HD for ESKD, in house since 11/4 for pneumonia. Receiving enoxaparin subcutaneously, all doses into left lower abdomen. On 11/20 RN found a tender purple area there which has since darkened. Pt rates pain ten out of ten, "burning from the inside out".
Exam: L lower abdominal wall w/ stellate retiform purpura, 6.5 x 4 cm, central adherent eschar, surrounding livedo. Several pinpoint needle marks in the same field. R abdomen, thighs, breasts clear. Sacral stage 2 PI noted, separate process.
A/P: ddx calciphylaxis (favored given HD, obesity, location at injection field); heparin skin necrosis; HIT w/ skin necrosis. 4-mm punch bx + deep incisional wedge obtained from the edge today. PF4 ab sent. Hold enoxaparin; SCDs instead.
"""),
("2019-12-02", "Discharge Summary", """
DISCHARGE SUMMARY
Principal dx: RLL pneumonia, resolved. Secondary: calciphylaxis (biopsy-proven), left lower abd wall; stage 2 sacral pressure injury, healing.
Hospital course (skin): New necrotic plaque appeared 11/20 at the enoxaparin injection site on the left lower abdomen. Biopsy 11/25: subcutaneous arteriolar mural calcium, intimal proliferation, luminal thrombi -> calciphylaxis. PF4 antibody negative, so HIT unlikely. Enoxaparin was stopped. Started 11/27 on thiosulfate (25 grams IV, given during each dialysis run), nephrology to continue as outpatient. Cinacalcet uptitrated, calcium-based binder changed to sevelamer.
Discharge wt 112 kg, BMI 40.8.
F/u: derm wound clinic next week; dialysis unit giving STS.
"""),
]}

G02 = {"patient_id": "G02", "age": 66, "sex": "M", "notes": [
("2021-01-14", "Outpatient Wound Center - New Patient", """
Wound Center New Pt Eval
CC: "my right shoulder sore wont heal, the back side" + known leg ulcer
HPI: 66 yo man on home PD (cycler nightly), T2DM on insulin degludec 30u qHS, HTN. Reports pain at back of R shoulder x 3 weeks, began as a tender red knot and is now black. Rotator cuff tendinopathy R shoulder: every night since Thanksgiving an electric heat pad has been laid over the R posterior shoulder while he sleeps, usually set on "high"; has dozed off with it running more than once.
Separately followed since 2019 for a venous ulcer over the L medial malleolus, in 2-layer compression.
Wound #1 R posterior shoulder: 3.8x2.9cm, 100% black dry eschar, violaceous stellate border, mottled brown-red net pattern around it. Pain 8/10 to touch.
Wound #2 L medial ankle: 2.1x1.4cm, shallow, red granular base, mod serous drainage, hemosiderin staining, pitting edema. Typical venous ulcer.
BMI 33.0.
Plan: #1 not consistent w/ venous or pressure etiology -> derm for bx. Heating pad: advised to discontinue. #2 continue compression, change 2x/wk.
"""),
("2021-01-19", "Dermatology Clinic Note", """
Derm - urgent slot
Referred by wound center for necrotic plaque R posterior shoulder in PD pt.
Skin: R posterior shoulder w/ reticulated hyperpigmentation (erythema ab igne) in a rectangle matching the heating pad; inside it a 4 cm stellate necrotic ulcer with dusky retiform rim and firm indurated subcutis. No blisters, no other burns. L ankle venous ulcer as documented.
Impr: stellate necrosis arising inside erythema ab igne, R posterior shoulder. Calciphylaxis is my main concern given PD, DM and pattern; deep thermal burn on ddx though lesion is painful and indurated more than a burn would be.
Bx: 6 mm punch x2 from the border, von Kossa requested.
"""),
("2021-02-01", "Nephrology Progress Note", """
Nephrology - PD clinic
S: pain in shoulder wound slightly better on gabapentin 100mg post-exchange. Heating pad put away since mid January.
Path (1/19): calcified media in small dermal and subcutaneous arterioles, with thrombi; von Kossa +. => calciphylaxis, R posterior shoulder, arising where he had used the heating pad nightly (onset ~Christmas Eve per wound ctr hx).
Ca 9.6 / PO4 6.8 / iPTH 712.
A/P: ESKD on CCPD w/ calciphylaxis. - start intraperitoneal sodium thiosulfate per protocol - stop calcium acetate, start lanthanum - cinacalcet 30 - DM: cont degludec; A1c 7.4
Wt down 3 kg, BMI 32.1.
"""),
]}

G03 = {"patient_id": "G03", "age": 72, "sex": "M", "notes": [
("2022-07-08", "Hospital Medicine H&P", """
ADMISSION H&P
CC: red swollen R leg
HPI: 72M, ESKD, just began maintenance hemodialysis in June 2022 (R IJ tunneled cath, fistula maturing). Chronic AF, anticoagulated with warfarin (INR today 2.6). Presents w/ 3 d of spreading redness R shin, fevers to 38.7.
ROS: neg except above.
PMH: ESKD (FSGS), AF, HTN, BPH. No DM.
Exam: R anterior lower leg warm erythema to the knee, edema, tender; no bullae, no crepitus; no ulcer. L leg normal. Skin otherwise intact, elbows intact.
Weight 84kg (BMI 27.2).
A/P: Nonpurulent cellulitis RLE -> cefazolin dosed after HD. Continue warfarin, pharmacy to follow INR w/ abx. Mark erythema borders.
"""),
("2022-10-04", "Dialysis Unit Nursing Note", """
HD chairside note - chair 9
Pt c/o pain L elbow, shows RN a scab there. States it started "sometime in Sept, maybe mid month", small purple bump then went hard and black. Pt admits he always props himself on the L armrest on his L elbow for the full 4 h run, since his very first treatment in June, as he watches TV to the left. Denies falls or bumps.
Obs: L posterior elbow (over olecranon) 2x2.5cm black eschar with a violet mottled halo, firm. Not draining. No fever.
Pre wt 82.0 kg.
Notified Dr. Haddad. Padded armrest + gel pad; encouraged pt to alternate. Derm referral per MD.
"""),
("2022-10-12", "Dermatology Consult", """
DERM CONSULT (outpt)
72 y/o on HD since 06/2022, on warfarin for AF. L elbow painful ulcer onset September 2022.
O/E: L posterior elbow - 2.7 cm necrotic ulcer with retiform purpuric border and tender subcutaneous induration extending onto the proximal ext forearm by 1 cm. R elbow normal. Old cellulitis R shin resolved, mild post-inflammatory pigment only.
Bx today (incisional): subcut small vessel calcification w/ fibrin thrombi, fat necrosis. = calciphylaxis of L elbow at site of chronic armrest pressure.
Plan: STS 25g w/ HD, switch warfarin -> apixaban (discussed with cardiology), wound care w/ hydrogel, avoid leaning on elbow. BMI 26.5 today.
"""),
]}

G04 = {"patient_id": "G04", "age": 63, "sex": "F", "notes": [
("2023-03-24", "Cardiology Progress Note", """
CARDIOLOGY - DAILY PROGRESS
63F w/ HFrEF; ESRD dialyzing Mondays, Wednesdays, Fridays; T2 diabetes controlled on glipizide, never insulin, obesity (BMI 36.4). S/p left heart cath via R common femoral artery 03/02/2023 -> LV apical thrombus on echo, warfarin started 3/6 with heparin gtt bridge, now off heparin.
Interval: since 3/20 pt complains of burning pain R groin; today dusky purple-black plaque 5 x 3 cm over the right femoral access puncture site, exquisitely tender.
Duplex R groin: no pseudoaneurysm, no AV fistula, small resolved hematoma.
A: painful purpuric plaque at R femoral access site. DDx hematoma evolution vs warfarin-induced skin necrosis (early warfarin, female, obese) vs calciphylaxis (ESRD).
P: derm consult, protein C/S levels, hold warfarin for now, restart heparin gtt.
"""),
("2023-03-28", "Dermatology Consult", """
Dermatology consultation
Seen at bedside. Exam: R inguinal crease/groin, centered on the healed cath puncture, 6 x 4 cm net-like (retiform) purpura with a 2.5 cm central black eschar, rock hard subcutaneous plaque underneath. Also early livedo inferomedially. No lesions on breasts, abdomen, or thighs, which is against typical warfarin necrosis distribution. Sacrum: intact, blanching.
Procedure: purpuric rim sampled, 4mm punch, two cores, hemostasis w/ pressure + gelfoam.
Imp: Favor calciphylaxis triggered at the arterial puncture; warfarin necrosis still in ddx until path.
"""),
("2023-04-06", "Dermatology Follow-up", """
Derm f/u
Path: ring-shaped mural calcium in subcutaneous arterioles, lumens thrombosed, no vasculitis. Protein C activity 88%. --> Calciphylaxis R groin, onset 20 Mar 2023, 18 days after the femoral cath at that spot. Not warfarin necrosis.
Now: eschar stable, pain 6/10 on hydromorphone prn.
Plan: cardiology has changed anticoagulant to apixaban; sodium thiosulfate thrice weekly on HD; nephrology stopped calcitriol. Local care: leave dry eschar intact, betadine paint daily. RTC 2 wk.
"""),
]}

G05 = {"patient_id": "G05", "age": 70, "sex": "M", "notes": [
("2024-01-03", "Emergency Department Note", """
ED PROVIDER NOTE
70M on HD MWF (ESRD due to DM nephropathy; uses glargine + lispro) p/w R hip/thigh pain after fall. On New Years Eve (12/31/23) slipped on his icy front step, landed on R side, couldnt get up, lay outside ~1 hr before neighbor found him. Did not come in until today because "it was just a bruise".
Exam: large ecchymosis R lateral thigh 12x9cm, tender, no deformity. Hip ROM full, xray neg for fx. Toes of both feet: pale waxy tips w/ clear blisters on L 1st and 2nd toes = superficial frostbite.
BMI 29.6.
Dx: contusion R thigh; superficial frostbite bilat toes.
Dispo: home, rewarming instructions, aloe to toes, f/u PCP, keep HD schedule.
"""),
("2024-02-02", "Wound Clinic Note", """
WOUND CARE CLINIC
Reason: "that bruise turned into a hole in my leg"
Pt says the NYE bruise on R outer thigh faded, then around mid-January the middle got hard and very painful, went purple "like a grape" and then black. Pain wakes him at night. Toes all healed, only mild dry skin.
R lateral thigh: 7x5cm eschar (black), surrounding 3 cm violaceous indurated rim w/ livedo pattern; no fluctuance. Not pressure related (pt sleeps on L side).
Wt 91 kg, BMI 29.6, "overweight" per PCP.
Imp: eschar-covered ulcer exactly where he was bruised, HD pt - concern for calciphylaxis vs infected hematoma. Sent to derm for bx; nephrology aware.
"""),
("2024-02-09", "Dermatology Consult", """
Derm
HD pt w/ R lateral thigh necrotic plaque, started mid Jan 2024 right where he bruised in the 12/31 fall.
Biopsy (2/5 by wound clinic surgeon, incisional): calcified subcut arterioles + microthrombi, widespread fat necrosis; von Kossa stain +. Cultures neg.
Dx: CALCIPHYLAXIS, R lateral thigh, biopsy-proven.
Plan: STS with HD; no warfarin (pt has never been on it); glucose ctrl w/ endo; pain team; offload. Counselled pt to avoid further trauma.
"""),
]}

G06 = {"patient_id": "G06", "age": 54, "sex": "F", "notes": [
("2024-08-09", "Peritoneal Dialysis Clinic Note", """
PD clinic monthly visit
54F, ESKD secondary to T1DM, on CAPD x 4 exchanges. Insulin: basal bolus, injects herself. Has big lipohypertrophy pads on her abdomen from years of use, so in 2017 the diabetes educator had her move all shots to the back of the arms, both sides, which she has used exclusively ever since.
New complaint: painful hard lumps on back of both arms since 08/02/2024, the L one darker.
Exam: bilat posterior upper arms w/ tender indurated plaques, L 4 cm with dusky center, R 3 cm violaceous. Abdomen: soft rubbery lipohypertrophy, non tender, no discoloration. Exit site clean.
Wt 78 kg, BMI 31.0.
A/P: painful plaques at insulin sites. Ddx injection-site abscess/panniculitis vs calciphylaxis. Derm referral expedited; rotate insulin to thighs for now.
"""),
("2024-08-16", "Dermatology Consult", """
DERMATOLOGY
Pt on PD, T1DM, insulin into back of arms since 2017.
Exam: Both posterior upper arms: retiform purpura w/ central necrosis, L 4.5 cm with adherent eschar, R 3 cm w/ early dusky center, both on firm subcutaneous plaques, in her injection zones. Livedo racemosa faintly around both. Abd lipohypertrophy without inflammation.
Impression: bilateral necrotic plaques at chronic insulin injection sites, calciphylaxis favored.
Procedure: 2 punch bx L arm (rim), sent H&E + von Kossa + tissue cx.
"""),
("2024-08-27", "Dermatology Follow-up", """
Derm f/u - results
Bx c/w calciphylaxis: calcific deposits in small vessel walls of subcutaneous fat, thrombosis, septal panniculitis secondary. Cultures no growth.
Diagnosis discussed with pt & PD nurse: calciphylaxis of both upper arms at insulin injection sites.
BMI today 31.6. Not on warfarin.
Plan: IP sodium thiosulfate via PD team, wound care nonadherent dressing + hydrocolloid, gabapentin 100 nightly. Insulin now into the thighs.
"""),
]}

G07 = {"patient_id": "G07", "age": 61, "sex": "F", "notes": [
("2025-05-09", "Urgent Care Visit", """
URGENT CARE
61 yo F presents c/o very painful dark spot on left ankle since Tues 5/6.
She has gout in the L ankle/midfoot, flared around Easter and she has been icing the outer left ankle with frozen gel packs 3-4x/day, straight on skin, since Easter Sunday.
Also burnt R palm on an oven rack 4/30, blistered, now peeling.
Meds: warfarin (recurrent DVT, on it since 2016), allopurinol, colchicine prn. No DM. Kidney fx normal (Cr 0.8, eGFR 81).
Exam: L lateral ankle 3x3cm purple to black plaque w/ lacy violaceous border, very tender, cool. R palm healing 2nd degree burn, 2 cm, clean.
BMI 44.2 (wt 121 kg).
Imp: ?cold injury from ice packs vs cellulitis vs something vascular. INR 3.1.
Plan: stop ice, elevate, referred to derm urgently, pt told to go to ED if fever.
"""),
("2025-05-14", "Dermatology Consult", """
Dermatology new consult
Hx as per urgent care note. Ice packs to L lateral ankle since 4/20/2025 for gout; lesion began 5/6.
Skin: L lateral malleolus - stellate retiform purpura 4 x 3.5 cm, central necrosis, firm plaque extending 2 cm above; no bullae. R palm burn re-epithelializing. Thighs, abdomen, breasts clear.
Ddx: non-uremic calciphylaxis (obesity, warfarin, female) vs warfarin skin necrosis (unlikely, on it for 9 yrs) vs cold panniculitis/frostbite.
Bx: deep incisional, sent for von Kossa.
"""),
("2025-05-22", "Dermatology Follow-up", """
Derm f/u
Pathology: medial calcification of subcutaneous arterioles, intravascular thrombi, no cold panniculitis features.
=> Nonuremic calciphylaxis of left lateral ankle, arising at the site she iced daily from Easter.
Discussed w/ hematology: warfarin -> apixaban. Vit K 10 mg PO weekly started.
Wound: eschar intact, keep dry, no debridement for now. No more ice or heat to legs.
Weight unchanged.
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
