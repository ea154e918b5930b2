"""Probe13 corpus notes, L08-L14 (all invented; dictated transcription style)."""

L08 = {"patient_id": "L08", "age": 59, "sex": "M", "notes": [
("2024-04-09", "Vascular Surgery Consultation (dictated)", """
VASCULAR SURGERY CONSULT NOTE

REFERRED BY: Dr. Ingrid Solheim, Nephrology.

REASON FOR REFERRAL: Necrotic, painful wounds on both thighs, left more than right.

HISTORY OF PRESENT ILLNESS: To summarise, Mr. Delacroix-Amadi, 59, is an ESRD patient (diabetic nephropathy) who has dialysed in center for three years through a left brachiocephalic fistula; he also has type 2 diabetes requiring insulin, and morbid obesity. He self-injects glargine and aspart only into the fronts of his two thighs, and has done so since 2016, because reaching his abdomen is awkward for him. In mid-March a burning pain started over the anterior left thigh, and a few days later the same on the right; his wife saw purple mottling there, and during the last two weeks black centres have formed. Warfarin has never been prescribed. Binder doses have often been missed; latest phosphorus 8.1, PTH 1120.

PAST SURGICAL HISTORY: Creation of a left brachiocephalic fistula in 2021; laparoscopic cholecystectomy in 2014.

PHYSICAL EXAMINATION: Weight 141 kg, BMI 42.7. Over the anterior left thigh lies an indurated violaceous plaque of about 10 x 7 cm, a 4 cm black eschar at its centre and retiform edges; a smaller plaque, six by five centimetres and carrying a lesser eschar, occupies the anterior right thigh. Both sit in what he points to as his usual injection zones, and both are exquisitely tender. Numerous tiny injection scars pepper the skin around them. Femoral and popliteal pulses palpable. Abdomen and calves spared.

IMPRESSION: Necrotic plaques of both anterior thighs at sites of long-standing insulin injection, in a man on dialysis with marked hyperphosphatemia and obesity: clinically calciphylaxis.

PLAN: Next week, operative debridement of the left thigh eschar with tissue for histology. Shift insulin to the upper arms, no more thigh injections. Sodium thiosulfate with dialysis starting now.
"""),
("2024-04-16", "Operative Report - Wound Debridement (dictated)", """
DICTATED OPERATIVE NOTE

SURGERY DATE: 04/16/2024.

PRE-OP DIAGNOSIS: Calciphylaxis, anterior thighs bilaterally, necrotic eschar, left worse than right.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Sharp excisional debridement, left anterior thigh wound, skin and subcutaneous tissue, 38 square centimeters; tissue for histology and culture; vacuum-assisted closure dressing placed.

ANESTHESIA: General via laryngeal mask.

FINDINGS: On the left anterior thigh a dry eschar, four and a half by four centimetres, overlying pale, gritty necrotic fat, necrosis undermining the skin edges by about 1.5 cm. No pus. We left the right thigh alone as its eschar is dry and stable.

TECHNIQUE: Time-out, povidone-iodine prep to the left thigh, drapes. Eschar and dead fat were cut away by scalpel and tangential excision until punctate bleeding appeared. Calcified granules were palpable in the fat. Specimens to pathology and microbiology. Cautery for hemostasis, then the vacuum dressing was set up at 125 mmHg continuous. Blood loss 40 mL. To recovery in good condition. BMI 42.7.
"""),
("2024-05-21", "Clinic Letter (dictated)", """
Dear Dr. Solheim,

Thank you for your referral of Mr. Delacroix-Amadi, whom I saw again today, five weeks on from debridement of his left thigh. Histology from 04/16/2024 showed widespread small-vessel calcification throughout the subcutaneous fat with thrombosis and necrosis, von Kossa strongly positive, which confirms calciphylaxis at his insulin injection sites on both thighs period.

Under the vacuum dressing the left thigh wound has reached 7 x 5.5 cm, 70 percent granulating, and the right thigh eschar is dry and starting to lift at its margins. All of his insulin now goes into the posterior aspects of his upper arms, and nothing new has shown up there so far. Sodium thiosulfate continues thrice weekly, and phosphorus has fallen to 5.9. BMI 42.7. I have asked him to keep away from the thighs completely. Review in four weeks.

Yours sincerely, Callum Ferraro-Yeboah, MD, Vascular and Endovascular Surgery
"""),
]}

L09 = {"patient_id": "L09", "age": 64, "sex": "F", "notes": [
("2021-05-18", "Operative Report (dictated)", """
VASCULAR SURGERY - DICTATED OPERATIVE NOTE

DATE: 05/18/2021.

PRE-OP DIAGNOSIS: Critical ischemia of the left lower limb with rest pain and no option for revascularization.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Below-knee amputation on the left, using a long posterior flap.

ANESTHESIA: General endotracheal.

HISTORY: Lady of 64, ESRD, hemodialysed through a graft in the right upper arm, type 2 diabetes on insulin, tibial vessels heavily calcified, with intractable left foot rest pain despite maximal medical therapy and a failed endovascular attempt. Never on warfarin. BMI 26.4.

TECHNIQUE: No thigh tourniquet was used, given the calcified vessels. We marked a long posterior myocutaneous flap, planning tibial division 12 cm below the tuberosity. The incision was deepened through fat and fascia, the anterior compartment divided, anterior tibial vessels tied. The tibia was cut with an oscillating saw and bevelled in front; the fibula divided 1 cm higher. Posterior vessels and tibial nerve ligated, the nerve left to retract. The flap was brought forward, fascia closed with interrupted absorbable sutures, skin stapled. Soft dressing, knee immobiliser. Blood loss 150 mL.
"""),
("2021-07-06", "Vascular Surgery Clinic Letter (dictated)", """
Dear Dr. Abiodun,

Mrs. Kowalczyk-Tan came to clinic today, seven weeks out from her left below-knee amputation. Happily the stump has healed well: the incision line is clean and dry, the edges never necrosed, staples came out at three weeks, and she is being measured for a prosthesis.

Regrettably there is a new problem on the opposite leg. About 3 weeks ago severe pain began at the back of her right calf; the skin went purple and then broke down, and she now has an ulcer there. She denies any injury, knock or scratch to the right leg, uses neither heat nor cold on it, and her insulin goes into her abdomen. On examination, at the posterior right calf, an ulcer of 3.5 x 3 cm is capped by black eschar and surrounded by retiform purpura, with an irregular livedo climbing toward the popliteal fossa; it is markedly tender. The right popliteal pulse is present and the foot warm. Recent bloods: calcium 10.2, phosphorus 7.1, PTH 640. BMI 26.4.

IMPRESSION: Necrotic, painful right calf ulcer, highly suspicious for calciphylaxis, in a hemodialysis patient. It is on the leg opposite the amputation and unrelated to the surgical wound, which has healed.

PLAN: Dermatology punch biopsy arranged for next week. Non-adherent dressing. I have asked her nephrologist to look at her binders.

Yours sincerely, Fenella Marchbanks, MD
"""),
("2021-07-20", "Dermatology Consultation (dictated)", """
DERMATOLOGY CONSULTATION

HISTORY OF PRESENT ILLNESS: We follow this 64-year-old on hemodialysis, insulin-treated diabetic, left below-knee amputee since May of this year, because of a painful ulcer of the right posterior calf, which we biopsied here on 07/13/2021.

PATHOLOGY: The punch specimen from the right calf shows medial calcification of small subcutaneous vessels containing thrombi, calcium deposits outside the vessels within the fat lobules, and septal necrosis. Organism stains negative.

IMPRESSION: Biopsy-proven calciphylaxis, right lower leg. The left amputation stump is healed, free of lesions.

PLAN: Sodium thiosulfate at hemodialysis; calcium acetate stopped; begin seven lamer 1600 milligrams with meals; hydrogel under a foam dressing; pain service referral. BMI 26.4. Back in three weeks.
"""),
]}

L10 = {"patient_id": "L10", "age": 52, "sex": "M", "notes": [
("2022-01-25", "Vascular Surgery Consultation (dictated)", """
VASCULAR SURGERY CONSULT NOTE

REASON FOR REFERRAL: Necrotic lesions of both thighs, dialysis patient admitted with DVT.

HISTORY OF PRESENT ILLNESS: Mr. Sandoval-Krauss, 52, has ESRD from focal segmental glomerulosclerosis and has been on hemodialysis for six years; he is not diabetic. He came in on 01/12/2022 with a left femoral vein thrombosis. Subcutaneous unfractionated heparin 5000 units every eight hours began on the day of admission, the nurses injecting it into the fronts of both thighs as he asked, and warfarin was added on 01/14/2022. He tells me, and his wife agrees, that painful, hard, dusky patches have been present over the anterior thighs bilaterally since early December, well before this hospitalization, and that they were already darkening over Christmas. Before this admission he had never received injections in his thighs, and he denies any injury there.

PHYSICAL EXAMINATION: BMI 35.0. Anterior right thigh: indurated, violaceous plaque of 8 x 6 cm with black central necrosis. Anterior left thigh: a 5 x 4 cm plaque with early eschar. Both have livedoid borders and are exquisitely tender. Small bruises from the recent heparin injections are scattered round the plaques. The left leg is swollen from the clot.

IMPRESSION: Necrotic plaques on both thighs that predate both his admission and the heparin injections, most in keeping with calciphylaxis. The heparin injections began well after these lesions were already there.

PLAN: Switch heparin to the intravenous route and give nothing more into the thighs; surgical debridement with biopsy; talk with nephrology about warfarin, a known risk factor, which I would rather see replaced.
"""),
("2022-02-08", "Operative Report - Wound Debridement (dictated)", """
DICTATED OPERATIVE NOTE

OPERATION DATE: 02/08/2022.

PRE-OP DIAGNOSIS: Necrotic plaques, both anterior thighs; clinically calciphylaxis.

POST-OP DIAGNOSIS: Calciphylaxis, both anterior thighs, confirmed by the biopsy of 01/27/2022.

OPERATION: Excisional debridement down to subcutaneous fat, right anterior thigh wound 52 square centimeters and left anterior thigh wound 18 square centimeters; vacuum dressing to the right thigh.

HISTORY: The right thigh plaque was punch-biopsied on 01/27/2022 and showed calcified subcutaneous arterioles, microthrombi and necrotic fat, establishing calciphylaxis. Warfarin for the DVT continues while nephrology and hematology decide. Hemodialysis Tuesday, Thursday, Saturday. BMI 35.0.

TECHNIQUE: General anesthesia. After prepping and draping both thighs, the right thigh eschar was cut out with a 10 blade to bleeding though poorly perfused fat, taking gritty calcified tissue with it. The smaller left eschar was removed the same way. Bleeding was controlled using cautery and topical thrombin. Vacuum dressing on the right thigh, calcium alginate on the left. Blood loss 100 mL. Tissue to culture. Tolerated well, back to the ward.
"""),
]}

L11 = {"patient_id": "L11", "age": 47, "sex": "F", "notes": [
("2023-05-02", "Operative Report (dictated)", """
GENERAL SURGERY - DICTATED OPERATIVE NOTE

OPERATION DATE: 05/02/2023.

PRE-OP DIAGNOSIS: Symptomatic incisional ventral hernia; patient on peritoneal dialysis.

POST-OP DIAGNOSIS: Unchanged; defect 7 x 5 cm.

OPERATION: Open ventral hernia repair, retrorectus polypropylene mesh, two Jackson Pratt drains.

HISTORY: Woman of 47, ESRD from lupus nephritis, on continuous cycling peritoneal dialysis, whose type 2 diabetes is managed with insulin. Her PD catheter sits in the left lower quadrant and is to be preserved. No warfarin. BMI 30.2.

TECHNIQUE: Upper midline incision through the old scar. The sac was dissected and opened, contents reduced, and the posterior rectus sheath incised on each side to develop the retrorectus plane. After closing the posterior layer, a 20 x 15 cm mesh was laid in the plane. Two 15 French Jackson Pratt drains were left over the mesh and brought out through separate stab wounds, right and left upper abdomen. Anterior fascia closure used running looped PDS; skin staples. She tolerated it well.
"""),
("2023-05-30", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED 05/02/2023, DISCHARGED 05/30/2023.

PRINCIPAL DIAGNOSIS: Incisional ventral hernia, repaired openly with retrorectus mesh.

OTHER DIAGNOSES: Biopsy-proven calciphylaxis of both calves. ESRD, peritoneal dialysis. Insulin-requiring type 2 diabetes. Obesity.

HOSPITAL COURSE: Following the hernia repair on 05/02/2023, peritoneal dialysis was paused 48 hours and then resumed as low-volume supine exchanges, which caused no leak. VTE prophylaxis was subcutaneous heparin given into the posterior upper arms on both sides from 05/03/2023, and she kept injecting her own insulin into the upper arms too; sequential compression devices were not used on the legs because of her peripheral arterial disease. Drains came out on postoperative days 5 and 7, and the midline wound healed uneventfully. On 05/20/2023 she reported severe burning pain in both calves, and over several days firm purple netlike patches developed behind both lower legs, the left one forming a central eschar. Her legs had not been hurt, injected, heated or chilled. On 05/24/2023 dermatology took a punch biopsy from the left calf: subcutaneous arterioles with calcified walls, thrombosis and necrotic fat, the picture of calciphylaxis. Her abdominal incision, drain sites and arms showed nothing similar. Sodium thiosulfate was begun, calcium-based binders stopped, cinacalcet increased.

CONDITION AT DISCHARGE: Stable; walking with a frame. BMI 30.2.

FOLLOW-UP: Surgical clinic at three weeks; dermatology and wound clinic at one week; home PD nurse.
"""),
("2023-06-20", "Surgical Clinic Letter (dictated)", """
Dear Dr. Vasquez-Oduya,

Your patient came to surgical clinic today, seven weeks after her ventral hernia repair. The midline incision and both drain sites are completely healed without skin changes, and the hernia has not recurred. PD is running with no leak.

As you know, calciphylaxis of both lower legs, proven on biopsy, declared itself during the admission. The posterior calf lesions still hurt; the left eschar is now 3 x 2.5 cm, while the right calf shows only livedo and induration, unbroken. None of these lesions is near a surgical site. BMI 30.2. Sodium thiosulfate continues via the dialysis unit and dermatology is following her. I have not arranged further surgical review, but I would gladly see her again should the left calf need debridement.

Yours sincerely, Priyanka Hallström-Nair, MD, General Surgery
"""),
]}

L12 = {"patient_id": "L12", "age": 70, "sex": "M", "notes": [
("2020-11-04", "General Surgery Consultation (dictated)", """
GENERAL SURGERY CONSULT NOTE

REASON FOR REFERRAL: Necrotic left buttock wound; operative debridement?

HISTORY OF PRESENT ILLNESS: Mr. Brennagh-Diallo, 70, has had ESRD on hemodialysis for eight years, type 2 diabetes controlled by diet along with sitagliptin, and long ago took warfarin after a pulmonary embolism, stopping it in 2019. Medicine admitted him on 10/26/2020 because of a painful left buttock wound, which began during the second week of October as a hard, tender, purple lump. He denies injections into the buttocks, falls, and any heat or cold there. Dermatology took a punch from the wound edge on 10/28/2020: calcified subcutaneous vessels containing thrombi, with necrotic fat, confirming calciphylaxis. Since then hydrogel and foam have been applied twice daily, and the central eschar has softened, smells foul and has separated at its margins.

PHYSICAL EXAMINATION: BMI 28.8. Afebrile. Upper outer left buttock: a wound of 11 x 8 cm under boggy black eschar, rimmed by retiform purpura and firm induration, with a little malodorous drainage; the biopsy site is visible at its upper edge. Right buttock and sacrum intact.

IMPRESSION: Calciphylaxis of the left buttock, biopsy proven, with a wet, partly detached eschar that now needs operative debridement to lower the infection risk.

PLAN: Excisional debridement on 11/06/2020, with vacuum-assisted closure afterwards. Sodium thiosulfate with dialysis to continue.
"""),
("2020-11-06", "Operative Report - Wound Debridement (dictated)", """
DICTATED OPERATIVE NOTE

PROCEDURE DATE: 11/06/2020.

PRE-OP DIAGNOSIS: Left buttock calciphylaxis, necrotic eschar now infected.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Excision of the left buttock wound, taking skin, subcutaneous fat and superficial gluteal fascia, 96 square centimeters; vacuum-assisted closure device placed.

ANESTHESIA: General; right lateral decubitus.

FINDINGS: Necrotic eschar, liquefied gritty fat, foul odour; no deep abscess; gluteal muscle viable.

TECHNIQUE: Lying on his right side, well padded, the left buttock was prepped and draped. The eschar was incised and excised all the way round with a scalpel, and necrotic fat removed with scissors and curette until every margin bled. A small patch of gluteal fascia was debrided. Three litres of saline were run through by pulsed lavage. Cautery for hemostasis. A vacuum dressing was cut to shape and run at 125 mmHg continuous. Tissue to culture. Blood loss 75 mL. No complications.
"""),
("2020-12-15", "Clinic Letter (dictated)", """
Dear Dr. Ekwueme,

Today I reviewed Mr. Brennagh-Diallo regarding the left buttock calciphylaxis wound I debrided on 11/06/2020. Home nurses change the vacuum dressing thrice weekly; the wound is now 9 x 6 cm and 2 cm deep, with healthy granulation across about 80 percent of the base and no fresh necrosis. Proteus grew at surgery and was treated with a two-week antibiotic course. He still has sodium thiosulfate three times a week at dialysis. BMI 28.8. No new lesions have appeared elsewhere and the right side is intact.

I have suggested he not sit for long periods on the left side, and a split thickness skin graft will be considered if progress continues. I will see him in four weeks.

Yours sincerely, Gareth Lindholm-Achebe, MD, General Surgery
"""),
]}

L13 = {"patient_id": "L13", "age": 56, "sex": "F", "notes": [
("2018-09-12", "Plastic Surgery Consultation (dictated)", """
PLASTIC SURGERY CONSULTATION

REASON FOR REFERRAL: Dark, painful lesions, inner thighs, both sides.

HISTORY OF PRESENT ILLNESS: Mrs. Achterhof-Banda, 56, had a mechanical mitral valve put in in 2009 and has taken warfarin ever since; she has morbid obesity and normal renal function, creatinine 0.8. For three weeks she has had severe pain and discolouration of the inner thighs on both sides. No diabetes. She is emphatic that nothing has been injected into her thighs, that she has not fallen or knocked them, that she has used neither heat nor ice of any kind there, that she wears nothing tight, and that no procedure has ever been done on her legs.

PHYSICAL EXAMINATION: Weight 118 kilograms, BMI 41.0. Symmetrical retiform purpura on the medial upper thighs, about 12 x 8 cm (right) and 10 x 7 cm (left), each with a stellate black eschar centrally and woody induration around it, both exquisitely tender. Abdomen and breasts clear. Distal pulses intact.

IMPRESSION: Necrotic retiform purpura of both medial thighs in a warfarin-treated woman whose kidneys work normally. Warfarin-induced skin necrosis is in the differential but would be unusual nine years into treatment; non-uremic calciphylaxis I think more likely.

PLAN: Incisional biopsies from both thighs next week in the procedure room. Should the eschars fail to demarcate, the thighs may need surgical debridement later. We agreed she should have no injections of any sort into the thighs, and that if she ever needs bridging off warfarin, subcutaneous enoxaparin must not go into these areas.
"""),
("2018-10-02", "Clinic Letter (dictated)", """
Dear Dr. Fitzgerald-Mensah,

Here are the results of the incisional biopsies I took from both medial thighs of your patient on 09/18/2018. In each, subcutaneous arterioles show calcified walls, intimal proliferation and fibrin thrombi, with fat necrosis; von Kossa staining is positive. Vasculitis is absent, as is any pattern of warfarin necrosis. The diagnosis is non-uremic calciphylaxis.

Her cardiologist and I agree anticoagulation must continue because of the valve, though cardiology will consider another agent; she has started sodium thiosulfate IV at the infusion centre thrice weekly, and vitamin K supplementation is being reviewed. I have reminded her again that the thighs are off limits for injections. The eschars are dry and stable, and I am not planning surgical debridement at present. BMI 41.0.

Yours sincerely, Oluwaseun Bergström, MD, Plastic Surgery
"""),
]}

L14 = {"patient_id": "L14", "age": 63, "sex": "M", "notes": [
("2018-03-06", "Operative Report (dictated)", """
UROLOGY - DICTATED OPERATIVE NOTE

OPERATION DATE: 03/06/2018.

PRE-OP DIAGNOSIS: Right renal mass, 5.1 cm, patient on hemodialysis.

POST-OP DIAGNOSIS: Unchanged.

OPERATION: Open right radical nephrectomy, right subcostal approach.

HISTORY: Gentleman of 63 with ESRD from chronic glomerulonephritis, five years on hemodialysis, no diabetes, no anticoagulant, found to have a solid enhancing right renal mass. BMI 24.1.

TECHNIQUE: General anesthesia, supine, roll beneath the right flank. Subcostal incision two fingerbreadths under the right costal margin; abdominal wall muscles divided with cautery. Colon reflected medially, hilum exposed, renal artery and vein tied and divided. The kidney came out inside Jerota's fascia. Hemostasis secured. Two-layer closure with looped PDS, staples to skin, dressing. Blood loss 250 mL.
"""),
("2018-03-29", "Discharge Summary (dictated)", """
DISCHARGE SUMMARY

ADMITTED: 03/06/2018. DISCHARGED: 03/29/2018.

DIAGNOSES: 1. Clear cell renal cell carcinoma of the right kidney, pT1b, after open radical nephrectomy. 2. Surgical site infection of the right subcostal wound with partial dehiscence. 3. Biopsy-proven calciphylaxis, right lateral thigh. 4. ESRD on hemodialysis.

HOSPITAL COURSE: Open right radical nephrectomy was done on 03/06/2018. From the first postoperative day he had subcutaneous heparin into the left lower abdomen as VTE prophylaxis. On postoperative day six the right subcostal wound reddened and began discharging pus, and its lateral third came apart; staples were removed, the wound opened and packed, and cultures grew methicillin-sensitive Staphylococcus aureus, treated with cefazolin at dialysis. A wound-edge biopsy showed acute inflammation and granulation tissue, without calcified vessels, and the wound was judged an ordinary surgical site infection with dehiscence, not calciphylaxis; it has granulated well since. Quite separately, on 03/20/2018 he complained of severe pain on the outer right thigh, where a violaceous netlike plaque came up and then turned black in the middle. No injury, injection, heat or pressure device had touched that site. Dermatology punch-biopsied the thigh plaque on 03/22/2018: calcified subcutaneous arterioles, thrombi and fat necrosis, confirming calciphylaxis. Sodium thiosulfate started at dialysis; calcium carbonate binder changed to sevelamer.

DISCHARGE INSTRUCTIONS: Home nursing for wet-to-dry dressings to the abdominal wound twice daily; non-adherent dressing on the right thigh; dialysis as usual. BMI 24.1.
"""),
("2018-04-24", "Clinic Letter (dictated)", """
Dear Dr. Sorensen-Igwe,

I saw Mr. Ruiz-Lindgren in urology clinic today. Final pathology: clear cell renal cell carcinoma, margins clear, so surveillance imaging is all he needs. The right subcostal wound, which broke down with a staphylococcal infection while he was in hospital, has nearly closed by secondary intention, leaving only a healthy granulating strip of 2 x 1 cm and no discharge.

Dermatology is following the calciphylaxis plaque on his right lateral thigh; it is still painful, now with a dry 3 x 3 cm eschar, although the purpura around it has faded. Nothing similar is present on the abdomen. Sodium thiosulfate at dialysis continues. BMI 24.1. I will see him with a CT in three months.

Yours sincerely, Ambrose Takahashi-Reid, MD, Urology
"""),
]}

PATIENTS = [L08, L09, L10, L11, L12, L13, L14]
