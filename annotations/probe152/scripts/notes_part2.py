"""probe152 corpus notes, B08-B14 (rheumatology/autoimmune clinic and the services around it; all invented)."""

B08 = {"patient_id": "B08", "age": 49, "sex": "F", "notes": [
("2026-01-13", "Anticoagulation Clinic Note", """
ANTICOAGULATION CLINIC                                          Tue 01/13/2026

49 y/o F, SLE w/ triple-positive APS (L popliteal DVT 2014, R MCA stroke 2019), ESRD as a result
of lupus nephritis; HD Mon/Wed/Fri. Warfarin, aiming for an INR 2.5-3.5 range.
INR today 1.4 (1.6 on 1/5) - missed doses over the holidays plus a course of antibiotics.

Per hematology/rheum (Dr Nakashima): bridge w/ SC unfractionated heparin 250 units/kg q12h until
INR >2.5. First dose given yesterday 1/12 at the HD unit; she and her husband were taught to
inject the lower abdomen at least 2 inches from the navel and to rotate sites.
Warfarin up to 7.5 mg daily x 3 d, then 6 mg daily.

No bleeding, no new neuro sx. No diabetes.
Wt 102 kg, BMI 38.2.
Recheck INR 1/16 at HD. Call w/ any bleeding or chest pain.
"""),
("2026-02-03", "Rheumatology Urgent Visit", """
RHEUM - urgent add-on                                                   02/03/26

49F SLE/APS, ESRD on HD, on warfarin (INR 2.9 today; heparin bridge stopped 1/22).
Presents w/ an exquisitely painful plaque, L lower abdomen, which began Monday 1/26 as a sore
knot and has turned dusky with a black spot. In her words: "it's exactly where I did my
heparin shots and where my girdle cuts in." She has worn tight high-waisted shapewear every day
since New Year's Day; its band crosses the lower abdomen.

Exam: BMI 37.9. L lower abdomen, infraumbilical, 5 cm left of midline: violaceous indurated plaque
7x5cm, retiform margin, black eschar 2 cm in its center. Several small healed
injection bruises around it. No oral ulcers, no synovitis; C3/C4 normal.

Imp: calciphylaxis (warfarin, ESRD, obesity, female) vs APS-related thrombotic skin necrosis vs
warfarin necrosis.
Plan: derm bx today; notify HD unit and hematology; no more shapewear.
"""),
("2026-02-12", "Dermatology Note", """
DERMATOLOGY - results and plan                                         2/12/2026

Incisional bx of the L lower abdomen (2/3): calcium within subcutaneous arteriolar and
capillary walls, intimal proliferation, microthrombi; no vasculitis. = CALCIPHYLAXIS.
Warfarin skin necrosis less likely (years on warfarin before this, INR in range at onset; protein C normal).

The plaque lies precisely where the heparin injections were given from 1/12 and under the band
line of her shapewear, so both the injections and the waistband pressure most likely set its
location.
Exam: 8 x 5 cm, eschar 3 cm, pannus mildly edematous.

Plan (w/ rheum, heme, nephro): admit; stop warfarin, IV unfractionated heparin meanwhile;
thiosulfate 25 g during dialysis 3x/wk; low-calcium bath; cinacalcet. Loose clothing only. Wound: keep eschar dry.
"""),
]}

B09 = {"patient_id": "B09", "age": 61, "sex": "F", "notes": [
("2022-10-04", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY CLINIC                                                     10/4/2022

61 F w/ SLE + secondary Sjogren's, ESRD (lupus nephritis), dialyzes T/Th/Sat, L forearm AVF access.
Non-diabetic. Warfarin: never. Obesity.
Here for a flare of hand and knee arthralgia x 3 wks, dry eyes worse. No rash, no pleurisy.

VS: BP 144/86, HR 82, Wt 81.9 kg, BMI 30.8
Exam: tender MCPs bilat w/o frank synovitis, small R knee effusion. Parotids not enlarged.
Schirmer 3 mm OU. Skin: no lesions.
Labs: C3 88, C4 12, dsDNA 34, ESR 40.

Plan:
- methylprednisolone acetate 80 mg, IM to the R deltoid today (L arm = access arm)
- high-dose influenza vaccine, also R deltoid, today
- HCQ continue 200 mg daily; pilocarpine 5 mg bid
- ophtho for dry eye; cyclosporine drops
RTC 3 mo.
"""),
("2022-11-22", "HD Rounding Note", """
HD ROUNDING - Pinecrest Dialysis                                      11/22/2022

61F ESRD (lupus nephritis), on TTS schedule. AVF L forearm, good thrill.
C/o a firm, sore patch behind the L upper arm, ~2 wks now, w/ a dark
center; the pain wakes her. Afebrile.
Exam: posterior L upper arm at mid-humerus, well above the fistula: 4x3cm indurated
violaceous plaque, 1 cm eschar centrally, livedoid border; exquisitely tender. Fistula unremarkable.
Run 4 hrs, removed 2.4 L, BP stable. EDW 79.5 kg.
Phos 7.2 H, Ca 9.7, PTH 655, Alb 3.1

A/P: L upper arm lesion, ?calciphylaxis.
- derm bx this week
- Ca carbonate -> sevelamer; hold calcitriol; start cinacalcet
- no BP cuff on that arm (already the access arm)
"""),
("2022-12-06", "Dermatology Consult", """
DERMATOLOGY CONSULT                                                       12/06/22

61F SLE/Sjogren's, ESRD on HD. 11/28 punch, posterior L upper arm: medial calcium + thrombosis within small
subcuticular vessels (vK +); no interface dermatitis or vasculitis
(not lupus panniculitis).
DX: calciphylaxis, L posterior upper arm.

Of note, the IM steroid and flu shot on 10/4 were both given in the R deltoid, the other arm;
she recalls no injury of any kind to the left arm.

Exam: 4.5x3.5cm, eschar 1.5 cm. R arm: no lesion.
Weight down 2.5 kg w/ poor appetite; BMI 29.6 today.
Plan: STS w/ HD (nephro ordering), nonadherent dressing, pain team referral.
"""),
]}

B10 = {"patient_id": "B10", "age": 57, "sex": "M", "notes": [
("2020-06-16", "Vasculitis Clinic Follow-up", """
VASCULITIS CLINIC - FOLLOW UP                                          06/16/2020

57M w/ PR3-ANCA granulomatosis w/ polyangiitis (dx 2017: sinus disease, lung nodules, RPGN),
ESRD since 2018 on CCPD. T2DM, glargine 30 units every morning. Obese. No anticoagulation.
In remission on rituximab 500 mg q6mo (last 3/2020). No epistaxis, crusting, cough or hemoptysis.
PD going well per pt.

VS: BP 136/80, HR 70, T 36.5, Wt 108 kg, BMI 34.0
ENT: nasal mucosa healthy. Lungs clear. Skin: no rash, no ulcers, no purpura.
Labs: PR3 titer 4 (neg <20), CRP <0.3, IgG 612 (low), CBC normal.
BVAS 0.

Plan: continue RTX maintenance, next 9/2020; PJP ppx w/ atovaquone (renal); check IgG before
each dose. Vaccines up to date. RTC 3 mo.
"""),
("2020-10-13", "PD Clinic Note", """
PD CLINIC                                                                  10/13/20

57M GPA in remission, ESRD on CCPD, insulin-treated DM2.
S: outer L thigh - painful patch, first felt 10 days ago as a tender knot, now purple
w/ black center; sleeping on the L is impossible. No injury to that thigh beforehand, he says.
No fever. Cycler fine, no peritonitis sx.

O: BP 142/84, Wt 107 kg (BMI 33.7). L lateral thigh, mid-third: 5x4cm indurated
violaceous plaque, stellate edge, 1.5 cm black eschar. Tender. PD catheter exit site clean.
A1c 8.4; P 6.9 mg/dL (high) / Ca 9.6 / PTH 810 / albumin 2.7

A/P: suspected calciphylaxis L lateral thigh; risks = ESRD, diabetes, obesity,
hypoalbuminemia, CaxP 66.
- urgent derm bx; off calcium carbonate; sevelamer 1600 tid; add cinacalcet 30
- low-Ca dialysate; discuss HD switch for STS
"""),
("2020-10-22", "Dermatology Note", """
DERMATOLOGY                                                              10-22-2020

57M GPA, ESRD on PD. Punch bx 10/15 at the L lateral thigh lesion's border:
calcified subcutaneous microvessels + thrombi + fat necrosis; vK +; no
granulomatous vasculitis. Diagnosis: calciphylaxis.

Exam: L lateral thigh 5.5x4cm, eschar 2 cm, surrounding livedo. R thigh and abdomen clear.
Insulin: he injects only into the abdomen.

Plan: STS IV 25 g 3x/wk (infusion center), nephro arranging; wound care - keep eschar dry,
foam border; defer debridement. For pain, gabapentin 100 mg nightly.
RTX next dose deferred pending wound course (rheum aware).
"""),
("2020-11-03", "Wound Care Clinic Note", """
WOUND CARE CLINIC                                                          11/3/2020

F/u of L lateral thigh calciphylaxis (proven on bx 10/15; onset early Oct).
Interval: on 10/27 he banged the L thigh sore hard on his steel bed frame getting
up at night; since then a large bruise surrounds the wound and it has grown.

Wound: L lateral thigh 7x5x0.3cm, eschar ~70% / slough ~30%; ecchymosis 10 cm around it;
no purulence, mild odor. Periwound indurated.
Plan: padded rail covers for the bed; conservative sharp removal of loose slough
only; calcium alginate + foam; continue STS. Recheck 1 wk. BMI 33.5.
"""),
]}

B11 = {"patient_id": "B11", "age": 69, "sex": "F", "notes": [
("2016-03-01", "HD Rounding Note", """
HD ROUNDS - Eastmoor Kidney Center                                       3/1/2016

69F diffuse cutaneous SSc, scleroderma renal crisis 2014 -> ESRD, dialysis M-W-F using a graft in the R upper arm.
No DM. No warfarin. On mycophenolate (reduced), low-dose pred, nifedipine for Raynaud's.

New problem: painful ulcer, R posterior calf, since mid-February, started as a purple net on the
skin. She remembers no injury there.
Exam: R posterior calf, mid: ulcer 2.5x2cm, black base, surrounding livedo 8 cm, firm.
Skin tight over hands/forearms (mRSS 22), sclerodactyly, no digital ulcers now.
Weight 48 kg, BMI 19.8.
Chem - PO4 6.4, iPTH 390, Ca 10.2, alb 2.9

Imp: calf ulcer in SSc on HD - ddx calciphylaxis vs SSc vasculopathy ulcer vs arterial.
Plan: derm bx; hold calcium carbonate; check ABI.
"""),
("2016-03-15", "Dermatology Consult Follow-up", """
DERMATOLOGY                                                              03/15/2016

69F dcSSc, ESRD on HD. 3/9: punch bx at the rim of the calf ulcer (R, posterior).
Path: calcified media of small subcuticular arterioles, intimal
proliferation, fat necrosis w/ calcified lipocytes; no vasculitis. Von Kossa highlights.
= calciphylaxis.

ABI R 1.3 (partly noncompressible), TBI 0.6 - no significant large-vessel PAD.
Exam: ulcer on the R posterior calf now 3x2.5cm w/ eschar, bx site at its upper edge sutured, intact.
No other lesions.

Dx: R calf calciphylaxis.
Plan: thiosulfate 25 g intradialytic (nephro), wound clinic for debridement planning, pain control, stop
calcium supplement she was taking for bones.
"""),
("2016-04-05", "Wound Care Clinic Procedure Note", """
WOUND CARE - PROCEDURE NOTE                                             04/05/2016

Dx: biopsy-proven calciphylaxis, R posterior calf (since Feb), on STS w/ HD.
Procedure: selective sharp debridement, R calf ulcer, to the subcutaneous level w/ curette
and forceps, after 4% lidocaine cream under occlusion for 20 min. Removed nonviable eschar and slough,
~6 cm2. Pinpoint bleeding controlled w/ pressure. Tolerated w/ pain 5/10.
Post-debridement size 3.4x2.8x0.5cm, 60% red granulation, 40% yellow fibrin.
NPWT applied at -100 mmHg continuous, white foam at base, black foam over it, drape
sealed w/ extra tape to skin; change MWF at HD.
Wt 47.5 kg, BMI 19.6.
Next visit 1 wk; warm saline soaks to the wound at dressing changes.
"""),
]}

B12 = {"patient_id": "B12", "age": 45, "sex": "F", "notes": [
("2021-08-24", "HD Rounding Note", """
HEMODIALYSIS ROUNDS                                                     08/24/2021

45F, SLE w/ lupus nephritis (class IV, 2012) -> ESRD on HD since 2019, R arm AVF. Morbid
obesity. No diabetes; no warfarin ever.

Pt describes painful, hard areas on both buttocks for about 3 wks; now sitting for the run is
agony. She denies falls, injections into the buttocks, heat packs or any other injury there.
She has never had IM shots in the buttocks. Planned IM ceftriaxone for a UTI last week was
changed to oral cefpodoxime, so that shot never happened.

Exam: bilat buttocks, upper inner quadrants: L 6x5cm and R 4x4cm violaceous, indurated
plaques with retiform livedo, L with early central necrosis. Sacrum intact.
Wt 121 kg, BMI 43.6.
Labs: PTH 1040 (!), phos 7.8, Ca 9.5, alb 3.3

A/P: suspected calciphylaxis, both buttocks. Derm bx; stop calcium acetate; cinacalcet;
extend runs; discuss parathyroidectomy.
"""),
("2021-09-02", "Dermatology Consult", """
DERMATOLOGY CONSULT                                                       9/2/2021

45F SLE, ESRD on HD. Bilateral buttock plaques x ~4 wks.
Incisional bx L buttock 8/27: calcified small vessels, thrombosis, calcified fat
lobules; no lupus panniculitis, no vasculitis. von Kossa +.
Dx: calciphylaxis, both buttocks (R lesion clinically identical).

Exam: L buttock 7x5cm, eschar 2 cm; R buttock 4.5x4cm, dusky, no eschar yet.
Trauma hx reviewed again - none at these sites.

Plan: STS w/ HD; pressure-redistributing gel cushion at HD and at home; wound RN;
dressings: silicone foam; pain team.
"""),
("2021-09-21", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY FOLLOW UP                                                   09/21/2021

45F SLE, ESRD on HD, newly dx calciphylaxis (bilateral buttocks; bx proven), on STS.
Lupus: mild arthralgia, no rash; C3 92, C4 16, dsDNA 18. SLEDAI-2K 2. HCQ 200 mg 3x/wk post HD.

Discussed adding belimumab later for steroid sparing. If we start it SC, she'd inject
the posterior upper arms, never the thighs or buttocks. If she ever needs an IM steroid it should be given
in the deltoid, never gluteal. Advised: heating pads and hot tub soaks are off limits while the buttocks heal.

VS: BP 150/92, Wt 119 kg, BMI 42.9.
Plan: pred 5 mg, taper to 2.5 if possible; no new agents until wounds improve; RTC 2 mo.
"""),
]}

B13 = {"patient_id": "B13", "age": 66, "sex": "M", "notes": [
("2025-03-11", "Rheumatology Clinic Procedure Note", """
RHEUMATOLOGY CLINIC - PROCEDURE NOTE                                  03/11/2025

66M w/ seropositive RA (on tofacitinib 5 mg daily, renally adjusted), ESRD (CCPD), type 2 DM
(degludec + aspart). Swollen L elbow x 10 d, no trauma, no fever.

Exam: fluctuant, mildly warm L olecranon bursa ~5 cm; elbow ROM full, no joint effusion.
VS: T 36.8, BP 134/78, Wt 96 kg, Ht 1.79 m, BMI 30.0.

Procedure: L olecranon bursa aspiration + injection. Verbal & written consent. Sterile prep w/
chlorhexidine, lateral approach. 12 mL straw-colored fluid aspirated via 18G; then triamcinolone
20 mg injected into the bursa. Band-aid + elastic compression wrap.
Fluid: cell count, crystals, Gram stain/culture sent.

Plan: compression wrap x 1 wk, avoid leaning on the elbow; call if red/hot. RTC 6 wks.
"""),
("2025-05-06", "PD Clinic Note", """
PD CLINIC                                                                 5/6/2025

66M RA / ESRD-CCPD / insulin-treated DM2.
S: painful purple area, dorsal L forearm, since mid-April, steadily enlarging, now
w/ a black spot. Bursitis resolved (culture neg, MSU crystals neg).
O: L dorsal forearm, mid-shaft: 4x3cm violaceous indurated plaque, 1 cm central eschar,
livedo around it. L olecranon: flat, healed, no lesion.
Weight 96 kg (BMI 30.0). Catheter exit clean. Kt/V (weekly) 1.8.
Chem: phos 6.6, Ca 9.8, iPTH 520, alb 3.0
A/P: L forearm plaque, ?calciphylaxis -> derm bx; binder change (Ca carbonate -> sevelamer); cinacalcet.
"""),
("2025-05-20", "Dermatology Clinic Note", """
DERMATOLOGY                                                             May 20 2025

66M RA, ESRD on PD. 5/9 punch, L dorsal forearm: subcuticular microvessel calcification,
thrombi, fat necrosis; von Kossa +. Dx is calciphylaxis.

Exam: L mid dorsal forearm lesion 4.5x3.5cm w/ eschar; its proximal border lies roughly
9 cm below the olecranon tip. The elbow bursa aspiration/injection site is healed and uninvolved;
skin between the elbow and the lesion is normal.
Impression: L forearm calciphylaxis, apart from the prior elbow procedure site.
Plan: STS via infusion center, nephro to discuss HD; foam dressing; no compression sleeves.
"""),
]}

B14 = {"patient_id": "B14", "age": 73, "sex": "F", "notes": [
("2019-01-15", "HD Rounding Note", """
HD ROUNDS                                                               1/15/2019

73F, RA + PMR on pred 10 mg and tocilizumab SC weekly (abdomen), steroid-induced DM on insulin
glargine (abdomen only), AF (warfarin), ESRD, HD MWF.
C/o hard, very sore areas, both inner thighs, ~1 month, worse w/ walking.

Exam: bilat medial thighs, upper third: R 5x4cm, L 6x5cm, indurated violaceous plaques rimmed
by retiform purpura, small central eschar on the L. No fever.
Wt 70 kg, BMI 27.0
Labs: INR 2.4, phos 6.7, Ca 9.9, PTH 710, alb 2.9

Imp: suspected calciphylaxis of the medial thighs (warfarin, steroids, ESRD, DM).
Plan: derm bx; hold calcium acetate; cinacalcet 30.
"""),
("2019-01-24", "Dermatology Consult", """
DERMATOLOGY CONSULT                                                     01/24/2019

73F RA/PMR, ESRD on HD, on warfarin.
Incisional bx L medial thigh 1/18: subcutaneous arterioles calcified, thrombi,
fat necrosis, vK+. Dx: calciphylaxis, both medial thighs. Pt reports no injury, injection
or heat applied to the inner thighs.

Full skin exam for other lesions:
- Abdomen: several 1-2 cm purple-yellow bruises at her tocilizumab and insulin injection sites;
  soft, nontender - ordinary injection bruises, not calciphylaxis.
- Forearms: steroid purpura and two healing skin tears from bumping her walker last week;
  superficial, healing - not calciphylaxis.
- Low back: reticulate brownish erythema ab igne (nightly heating-pad habit) - no
  induration or necrosis, not calciphylaxis.

Plan: STS intradialytic; warfarin to stop (cardiology). Stop the heating pad. Silicone dressings for the tears.
"""),
("2019-02-12", "Rheumatology Clinic Follow-up", """
RHEUMATOLOGY F/U                                                          2/12/2019

73F RA/PMR, now w/ calciphylaxis of both inner thighs, proven by bx (thiosulfate since 1/25).
Warfarin stopped 1/25 -> apixaban 2.5 mg bid.
Joints quiet; AM stiffness 15 min, no shoulder/hip girdle pain. CDAI 6.
Exam: no synovitis. Inner thigh wounds dressed (not taken down today); abdominal injection
bruises fading; forearm tears healed.
ESR 22, CRP 0.6. A1c 7.9.
Plan:
- hold tocilizumab while the wounds are open (infection risk); reassess in 3 mo
- pred 10 -> 7.5 mg, slow taper; PMR sx to be watched closely
- endocrine adjusting glargine
- thighs: dressings per wound RN, STS per nephrology
Wt 69 kg, BMI 26.6.
RTC 6 wks.
"""),
]}

PATIENTS = [B08, B09, B10, B11, B12, B13, B14]
